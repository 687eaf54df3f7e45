using System.Text.Json.Serialization;

namespace EqualityMark.Shared.Paging;

/// <summary>
/// One page of a longer list: the envelope paged API answers share (items, total, page, page size, pages — the same
/// fields as the audit log's), and what a page needs for "Showing 51 to 100 of 612" and its pagination links.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => PageCount.For(Total, PageSize);

    /// <summary>The position of the first item on this page (1-based), 0 when the list is empty.</summary>
    [JsonIgnore]
    public int First => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    /// <summary>The position of the last item on this page.</summary>
    [JsonIgnore]
    public int Last => Math.Min(Total, Page * PageSize);

    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Page, PageSize);
}
