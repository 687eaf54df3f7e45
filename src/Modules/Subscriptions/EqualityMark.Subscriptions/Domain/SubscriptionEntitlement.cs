using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>An entitlement as bought: copied from the package at purchase (and grown by an upgrade).</summary>
internal sealed class SubscriptionEntitlement : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SubscriptionId { get; init; }

    public EntitlementKind Kind { get; init; }

    public int Quantity { get; init; }

    public string? ChoiceGroup { get; init; }

    public PackageEntitlementDto ToDto() => new(Kind, Quantity, ChoiceGroup);
}
