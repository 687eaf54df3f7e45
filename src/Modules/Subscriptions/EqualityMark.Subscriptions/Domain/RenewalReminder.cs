using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>
/// A renewal reminder sent (or a lapse done) for one subscription period. Unique on
/// (tenant, subscription, kind, period end), so a second run or a second node never sends twice.
/// </summary>
internal sealed class RenewalReminder : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SubscriptionId { get; init; }

    public required string Kind { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
