using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.Paging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// One page of the schools the current user may see (as <see cref="ListSchoolsQuery"/>), by name then id,
/// counted and paged in the database. A page outside the list shows the nearest page. <paramref name="Except"/> leaves
/// those schools out (as <see cref="ListSchoolsQuery"/>).
/// </summary>
public sealed record ListSchoolsPageQuery(SchoolPhase? Phase, int Page, int PageSize = ListSchoolsPageQuery.DefaultPageSize, IReadOnlyCollection<Guid>? Except = null)
    : IQuery<PagedList<SchoolDto>>
{
    public const int DefaultPageSize = 50;
}
