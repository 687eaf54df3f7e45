using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>The history of a grid cell: who changed it, when, from what to what, and why.</summary>
internal sealed class GridCellChange : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid AuditId { get; init; }

    public required string ElementKey { get; init; }

    public required string StrandKey { get; init; }

    public Rating From { get; init; }

    public Rating To { get; init; }

    public required string ChangedBy { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    public required string Reason { get; init; }
}
