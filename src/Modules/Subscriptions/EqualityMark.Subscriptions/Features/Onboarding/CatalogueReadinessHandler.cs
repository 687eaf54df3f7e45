using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Features.PhaseBands;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Onboarding;

internal sealed class CatalogueReadinessHandler(SubscriptionsDbContext db) : IRequestHandler<GetCatalogueReadinessQuery, CatalogueReadinessDto>
{
    public async Task<CatalogueReadinessDto> Handle(GetCatalogueReadinessQuery request, CancellationToken cancellationToken)
    {
        var bands = await db.PhaseBands.AsNoTracking().ToListAsync(cancellationToken);
        var packages = await db.Packages.Where(p => !p.IsRetired)
            .Select(p => p.Prices.Select(x => x.PhaseBandId).Distinct().Count()).ToListAsync(cancellationToken);
        var invoiceDetails = await db.Settings.AnyAsync(s => s.VatRegistrationNumber != null && s.AddressLine1 != null, cancellationToken);
        return new CatalogueReadinessDto(
            bands.Count, packages.Count, packages.Count(priced => bands.Count > 0 && priced >= bands.Count), invoiceDetails,
            PhaseCoverage.Uncovered(bands), await PaymentMethodsHandler.CardIsOnAsync(db, cancellationToken));
    }
}
