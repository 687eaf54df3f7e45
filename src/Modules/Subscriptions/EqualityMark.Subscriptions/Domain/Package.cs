using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>A support package of the authority's catalogue (e.g. Bronze), with what it includes and its prices.</summary>
internal sealed class Package : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public int DisplayOrder { get; set; }

    public bool IsRetired { get; set; }

    public List<PackageEntitlement> Entitlements { get; init; } = [];

    public List<PackagePrice> Prices { get; init; } = [];
}
