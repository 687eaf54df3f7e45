using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Whether the authority's catalogue can take sign-ups: phase bands covering every school phase, packages priced for
/// every band, and the VAT number and address its invoices must carry; and whether card payments are on (optional).
/// </summary>
public sealed record GetCatalogueReadinessQuery : IQuery<CatalogueReadinessDto>;

/// <param name="UncoveredPhases">School phases (SchoolPhase names) no band covers: schools of these phases cannot sign up.</param>
/// <param name="CardPaymentsReady">Stripe keys saved and accepted by Stripe at their last connection test (ADR 0024).</param>
public sealed record CatalogueReadinessDto(
    int PhaseBands, int Packages, int PackagesPricedForEveryBand, bool InvoiceDetailsSet, IReadOnlyList<string> UncoveredPhases, bool CardPaymentsReady);
