using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>
/// Every check an upgrade must pass and its price (ADR 0018), shared by the quote the school checks and the upgrade it
/// then makes, so what is shown is what is invoiced.
/// </summary>
internal sealed class UpgradeQuoter(SubscriptionsDbContext db, IMediator mediator, ICurrentUser currentUser, SubscriptionPurchase purchase, TimeProvider clock)
{
    public sealed record Quote(Subscription Subscription, Package Package, UpgradeQuoteDto Dto, VatCharge Vat);

    public async Task<Quote> QuoteAsync(Guid subscriptionId, Guid packageId, string? purchaseOrderNumber, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, subscriptionId, cancellationToken);
        if (!currentUser.IsAuthorityAdmin && currentUser.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only the school's co-ordinator or the authority's administrators can upgrade.");
        }

        var today = UkTime.Today(clock);
        if (!subscription.IsInForce(today))
        {
            throw new ConflictException("Only a paid subscription in its period can be upgraded.");
        }

        var waiting = await db.Invoices.AsNoTracking()
            .FirstOrDefaultAsync(i => i.SubscriptionId == subscription.Id && i.UpgradeToPackageId != null && i.Status == InvoiceStatus.Open, cancellationToken);
        if (waiting is not null)
        {
            throw new ConflictException($"The upgrade to {waiting.UpgradeToPackageName} is waiting for invoice {waiting.ReferenceText} to be paid or cancelled.");
        }

        if (PurchaseOrderRule.IsRequiredFor(subscription.PaymentMethod) && string.IsNullOrWhiteSpace(purchaseOrderNumber))
        {
            throw RequestValidationException.For("PurchaseOrderNumber", PurchaseOrderRule.Missing);
        }

        var school = await mediator.Send(new GetSchoolQuery(subscription.SchoolId), cancellationToken);
        var (package, _, price) = await purchase.PriceForAsync(packageId, school.Phase, cancellationToken);
        var yearly = price - subscription.PricePence;
        if (package.Id == subscription.PackageId || yearly <= 0)
        {
            throw RequestValidationException.For("PackageId", $"Choose a package that costs more than {subscription.PackageName}");
        }

        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var vat = VatRules.ChargeFor(settings, school.Type);
        var period = new SubscriptionPeriod(subscription.PeriodStart, subscription.PeriodEnd);
        var months = UpgradeProration.MonthsLeft(period, today);
        var net = UpgradeProration.Price(yearly, months);
        var purchaseOrder = string.IsNullOrWhiteSpace(purchaseOrderNumber) ? null : purchaseOrderNumber.Trim();
        var dto = new UpgradeQuoteDto(subscription.Id, subscription.PackageName, subscription.PricePence, package.Id, package.Name, price, yearly, months,
            UpgradeProration.MonthStart(period, today), subscription.PeriodEnd, net, vat.Treatment, vat.RatePercent, vat.On(net), purchaseOrder,
            PurchaseOrderRule.IsRequiredFor(subscription.PaymentMethod));
        return new Quote(subscription, package, dto, vat);
    }
}
