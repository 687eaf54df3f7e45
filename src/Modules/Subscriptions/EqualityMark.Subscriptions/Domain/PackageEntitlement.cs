using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>One thing a package includes. Entitlements with the same ChoiceGroup share one allowance.</summary>
internal sealed class PackageEntitlement : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid PackageId { get; init; }

    public EntitlementKind Kind { get; init; }

    public int Quantity { get; init; }

    public string? ChoiceGroup { get; init; }

    public PackageEntitlementDto ToDto() => new(Kind, Quantity, ChoiceGroup);
}
