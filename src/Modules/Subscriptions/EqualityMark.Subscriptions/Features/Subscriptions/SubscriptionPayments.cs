using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>
/// Where both payment paths (invoice marked paid, card checkout completed) end: a subscription awaiting payment
/// becomes active, and the one it renews is marked renewed. An upgrade's invoice paid is the one place an upgrade
/// takes effect (ADR 0018).
/// </summary>
internal sealed class SubscriptionPayments(SubscriptionsDbContext db, TimeProvider clock)
{
    public Task InvoicePaidAsync(Invoice invoice, CancellationToken cancellationToken) =>
        invoice.UpgradeToPackageId is { } packageId
            ? UpgradeAsync(invoice, packageId, cancellationToken)
            : PaidAsync(invoice.SubscriptionId, $"Invoice {invoice.ReferenceText} paid", cancellationToken);

    public async Task PaidAsync(Guid subscriptionId, string note, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.Include(s => s.History).SingleAsync(s => s.Id == subscriptionId, cancellationToken);
        var now = clock.GetUtcNow();
        if (subscription.Status != SubscriptionStatus.PendingPayment)
        {
            return;
        }

        subscription.MoveTo(SubscriptionStatus.Active, now, note);
        if (subscription.RenewsSubscriptionId is { } previousId)
        {
            var previous = await db.Subscriptions.Include(s => s.History).SingleOrDefaultAsync(s => s.Id == previousId, cancellationToken);
            if (previous is { Status: SubscriptionStatus.Active or SubscriptionStatus.RenewalDue or SubscriptionStatus.Lapsed })
            {
                previous.MoveTo(SubscriptionStatus.Renewed, now, $"Renewed for {subscription.PeriodStart.Year} to {subscription.PeriodEnd.Year}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The new package's entitlements replace the old (units used stay used) and the price paid grows by the invoice.</summary>
    private async Task UpgradeAsync(Invoice invoice, Guid packageId, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.Include(s => s.History).Include(s => s.Entitlements).AsSplitQuery()
            .SingleAsync(s => s.Id == invoice.SubscriptionId, cancellationToken);
        var package = await db.Packages.Include(p => p.Entitlements).SingleAsync(p => p.Id == packageId, cancellationToken);
        var from = subscription.PackageName;
        db.RemoveRange(subscription.Entitlements);
        subscription.Entitlements.Clear();
        subscription.Entitlements.AddRange(package.Entitlements.Select(e => new SubscriptionEntitlement
        {
            SubscriptionId = subscription.Id, Kind = e.Kind, Quantity = e.Quantity, ChoiceGroup = e.ChoiceGroup,
        }));
        subscription.PackageId = package.Id;
        subscription.PackageName = package.Name;
        subscription.PricePence += invoice.NetPence;
        subscription.VatPence += invoice.VatPence;
        subscription.MoveTo(subscription.Status, clock.GetUtcNow(), $"Upgraded from {from} to {package.Name}: invoice {invoice.ReferenceText} paid");
        await db.SaveChangesAsync(cancellationToken);
    }
}
