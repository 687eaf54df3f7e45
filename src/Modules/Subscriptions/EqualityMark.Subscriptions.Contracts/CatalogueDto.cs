namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An authority's packages, phase bands and VAT setting.</summary>
public sealed record CatalogueDto(IReadOnlyList<PackageDto> Packages, IReadOnlyList<PhaseBandDto> PhaseBands, VatMode VatMode, int VatRatePercent);
