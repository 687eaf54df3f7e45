using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>An authority's audit settings: heat-map suppression and when reminders go out.</summary>
internal sealed class AuditSettings : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    /// <summary>Heat-map counts below this are shown as "fewer than N" so schools cannot be identified.</summary>
    public int SuppressionThreshold { get; set; } = 5;

    /// <summary>The month (1–12) in which the annual audit falls due.</summary>
    public int AuditDueMonth { get; set; } = 10;

    public int DelegationReminderDays { get; set; } = 14;

    public int SubmissionReminderDays { get; set; } = 21;

    /// <summary>Whether this authority's figures go into the all-authorities benchmarks (its schools see them either way).</summary>
    public bool ShareBenchmarks { get; set; } = true;
}
