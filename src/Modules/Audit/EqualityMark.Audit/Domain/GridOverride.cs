using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>A co-ordinator's own rating for a grid cell, which always carries the reason for it.</summary>
internal sealed class GridOverride : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid AuditId { get; init; }

    public required string ElementKey { get; init; }

    public required string StrandKey { get; init; }

    public Rating Rating { get; set; }

    public required string Rationale { get; set; }

    public required string SetBy { get; set; }

    public DateTimeOffset SetAt { get; set; }
}
