using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>
/// Where both payment paths (invoice marked paid, card checkout completed) end: a subscription awaiting payment
/// becomes active, and the one it renews is marked renewed.
/// </summary>
internal sealed class SubscriptionPayments(SubscriptionsDbContext db, TimeProvider clock)
{
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
}
