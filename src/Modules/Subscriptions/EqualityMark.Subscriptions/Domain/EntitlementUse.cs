using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>One unit used for a reference (e.g. a booking id). Unique per subscription and reference.</summary>
internal sealed class EntitlementUse : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SubscriptionId { get; init; }

    public EntitlementKind Kind { get; init; }

    public required string Reference { get; init; }

    public DateTimeOffset UsedAt { get; init; }
}
