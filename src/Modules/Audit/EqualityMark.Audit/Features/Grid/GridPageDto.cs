using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>The summary grid with last year's beside it and one page of its cells' history, newest first (for a member: ratings only, no history).</summary>
public sealed record GridPageDto(
    AuditSummaryDto Audit,
    SummaryGridDto Grid,
    SummaryGridDto? Previous,
    IReadOnlyList<GridCellChangeDto> Changes,
    GridHistoryPageDto History,
    RagDescriptors Descriptors,
    GridRule Rule,
    bool CanOverride,
    bool CanShare,
    bool SeesHistory)
{
    public Rating? PreviousRating(string elementKey, string strandKey) =>
        Previous?.Cells.FirstOrDefault(c => c.ElementKey == elementKey && c.StrandKey == strandKey)?.Rating;
}

public sealed record GridCellChangeDto(string ElementKey, string StrandKey, Rating From, Rating To, string ChangedBy, DateTimeOffset ChangedAt, string Reason);

/// <summary>Where <see cref="GridPageDto.Changes"/> sits in the whole history: page <paramref name="Page"/> of <paramref name="Pages"/>, <paramref name="Total"/> changes in all.</summary>
public sealed record GridHistoryPageDto(int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
