using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Whether the authority's catalogue can take sign-ups: phase bands, packages priced for every band, and the VAT
/// number and address its invoices must carry.
/// </summary>
public sealed record GetCatalogueReadinessQuery : IQuery<CatalogueReadinessDto>;

public sealed record CatalogueReadinessDto(int PhaseBands, int Packages, int PackagesPricedForEveryBand, bool InvoiceDetailsSet);
