using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>What a package costs a school of one phase band, in pence.</summary>
internal sealed class PackagePrice : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid PackageId { get; init; }

    public Guid PhaseBandId { get; init; }

    public long AmountPence { get; set; }
}
