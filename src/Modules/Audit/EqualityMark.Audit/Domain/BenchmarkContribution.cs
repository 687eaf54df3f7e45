using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>
/// One per authority, written with its <see cref="BenchmarkCount"/> rows: whether they go into the all-authorities
/// figures and the threshold they must be protected by there. The insight role reads only these two tables, and only
/// the counts of authorities whose <see cref="Shares"/> is true (a row-level policy, not just a WHERE clause).
/// </summary>
internal sealed class BenchmarkContribution : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public bool Shares { get; set; }

    public int Threshold { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}
