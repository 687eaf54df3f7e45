using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>One figure of the equality information: a count for a group of a strand, out of a total. Small counts are suppressed when shown.</summary>
internal sealed class StatementFigure : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid StatementId { get; init; }

    public required string StrandKey { get; set; }

    public required string GroupLabel { get; set; }

    public int Count { get; set; }

    public int? OutOf { get; set; }

    public int SortOrder { get; set; }
}
