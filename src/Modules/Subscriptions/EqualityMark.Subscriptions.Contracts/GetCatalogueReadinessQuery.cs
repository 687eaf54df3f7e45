using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Whether the authority's catalogue can take sign-ups: phase bands, and packages priced for every band.</summary>
public sealed record GetCatalogueReadinessQuery : IQuery<CatalogueReadinessDto>;

public sealed record CatalogueReadinessDto(int PhaseBands, int Packages, int PackagesPricedForEveryBand);
