using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Invoices;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>
/// Buys a package for a school and a period: copies today's price for the school's phase band and the package's
/// entitlements into the subscription, and issues the invoice when the school pays by invoice.
/// </summary>
internal sealed class SubscriptionPurchase(SubscriptionsDbContext db, InvoiceIssuer invoices, TimeProvider clock)
{
    public sealed record Buyer(SchoolDto School, string ContactName, string ContactEmail);

    public async Task<Subscription> BuyAsync(
        Buyer buyer, Guid packageId, PaymentMethod paymentMethod, string? purchaseOrderNumber, DateOnly periodDay, Guid? renews, CancellationToken cancellationToken)
    {
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var period = settings.PeriodContaining(periodDay);
        var school = buyer.School;
        var (package, band, price) = await PriceForAsync(packageId, school.Phase, cancellationToken);
        var vat = VatRules.ChargeFor(settings, school.Type);
        if (await db.Subscriptions.AnyAsync(s => s.SchoolId == school.Id && s.PeriodStart == period.Start
                && (s.Status == SubscriptionStatus.PendingPayment || s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.RenewalDue), cancellationToken))
        {
            throw new ConflictException($"{school.Name} already has a subscription for {period.Start.Year} to {period.End.Year}.");
        }

        var now = clock.GetUtcNow();
        var subscription = new Subscription
        {
            SchoolId = school.Id,
            SchoolName = school.Name,
            SchoolUrn = school.Urn,
            SchoolType = school.Type,
            SchoolAddressLine1 = school.AddressLine1,
            SchoolTown = school.Town,
            SchoolPostcode = school.Postcode,
            ContactName = buyer.ContactName,
            ContactEmail = buyer.ContactEmail,
            PackageId = package.Id,
            PackageName = package.Name,
            PhaseBandName = band.Name,
            PhaseBandId = band.Id,
            PricePence = price,
            VatPence = vat.On(price),
            VatTreatment = vat.Treatment,
            VatRatePercent = vat.RatePercent,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            PaymentMethod = paymentMethod,
            PurchaseOrderNumber = string.IsNullOrWhiteSpace(purchaseOrderNumber) ? null : purchaseOrderNumber.Trim(),
            RenewsSubscriptionId = renews,
            CreatedAt = now,
        };
        subscription.Entitlements.AddRange(package.Entitlements.Select(e => new SubscriptionEntitlement
        {
            SubscriptionId = subscription.Id, Kind = e.Kind, Quantity = e.Quantity, ChoiceGroup = e.ChoiceGroup,
        }));
        subscription.MoveTo(SubscriptionStatus.PendingPayment, now, $"{package.Name} for {period.Start.Year} to {period.End.Year} at {Money.Format(price)}");
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);

        if (paymentMethod == PaymentMethod.Invoice)
        {
            await invoices.IssueAsync(subscription, InvoiceIssuer.PackageInvoice(subscription), cancellationToken);
        }

        return subscription;
    }

    /// <summary>The package (on offer), the school's band and today's price for it.</summary>
    public async Task<(Package Package, PhaseBand Band, long PricePence)> PriceForAsync(Guid packageId, SchoolPhase phase, CancellationToken cancellationToken)
    {
        var package = await db.Packages.Include(p => p.Entitlements).Include(p => p.Prices).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == packageId && !p.IsRetired, cancellationToken)
            ?? throw RequestValidationException.For("PackageId", "Choose a package on offer");
        await PhaseBands.PhaseBandLock.SharedAsync(db, cancellationToken);
        var bands = await db.PhaseBands.AsNoTracking().ToListAsync(cancellationToken);
        var band = bands.FirstOrDefault(b => b.Phases.Contains(phase))
            ?? throw RequestValidationException.For("Phase", $"{PhaseNames.Display(phase)} schools cannot sign up yet: the authority has no price band for them. Contact the team");
        var price = package.Prices.FirstOrDefault(p => p.PhaseBandId == band.Id)
            ?? throw RequestValidationException.For("PackageId", $"{package.Name} has no price for {band.Name} yet; contact the team");
        return (package, band, price.AmountPence);
    }
}
