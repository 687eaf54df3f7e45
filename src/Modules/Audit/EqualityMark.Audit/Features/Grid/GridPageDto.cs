using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>The summary grid with last year's beside it and every cell's history (for a member: ratings only, no history).</summary>
public sealed record GridPageDto(
    AuditSummaryDto Audit,
    SummaryGridDto Grid,
    SummaryGridDto? Previous,
    IReadOnlyList<GridCellChangeDto> Changes,
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
