namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An authority's packages and phase bands; prices are before VAT, added for the types of school (SchoolType names) charged it.</summary>
public sealed record CatalogueDto(IReadOnlyList<PackageDto> Packages, IReadOnlyList<PhaseBandDto> PhaseBands, int VatRatePercent, IReadOnlyList<string> VatChargedTo);
