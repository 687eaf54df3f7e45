namespace EqualityMark.Subscriptions.Contracts;

public sealed record PackageDto(
    Guid Id,
    string Name,
    string Description,
    int DisplayOrder,
    bool IsRetired,
    IReadOnlyList<PackageEntitlementDto> Entitlements,
    IReadOnlyList<PackagePriceDto> Prices);
