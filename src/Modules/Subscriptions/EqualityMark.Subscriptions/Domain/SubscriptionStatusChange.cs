using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>One step of a subscription's history.</summary>
internal sealed class SubscriptionStatusChange : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SubscriptionId { get; init; }

    public SubscriptionStatus Status { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Note { get; init; }
}
