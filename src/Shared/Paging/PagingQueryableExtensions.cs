using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.Paging;

public static class PagingQueryableExtensions
{
    /// <summary>
    /// Counts and pages an ordered query in the database (two queries). A page before the first or past the last shows
    /// the nearest page, as the paged pages do; the API refuses those first, through <see cref="ApiPage"/>.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IOrderedQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var shown = Math.Clamp(page, 1, PageCount.For(total, pageSize));
        var items = await ordered.Skip((shown - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, total, shown, pageSize);
    }
}
