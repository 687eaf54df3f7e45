using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>
/// Row locks held until the command's transaction ends (ADR 0022): two requests that settle the same subscription or invoice
/// queue on its row, so the second reads what the first committed and is refused. Row-level security keeps the lock to the
/// authority's own rows: another authority's id locks nothing and is then not found.
/// </summary>
internal static class RowLocks
{
    public static Task SubscriptionAsync(SubscriptionsDbContext db, Guid subscriptionId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM subscriptions.subscriptions WHERE id = {subscriptionId} FOR UPDATE", cancellationToken);

    /// <summary>
    /// Locks an invoice and, first, its subscription — the same order as the subscription page's actions, so the two never
    /// deadlock. Every change of an invoice's status goes through here: of paid and cancelled at once, exactly one wins.
    /// </summary>
    public static async Task InvoiceWithSubscriptionAsync(SubscriptionsDbContext db, Guid invoiceId, CancellationToken cancellationToken)
    {
        var subscriptionId = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => (Guid?)i.SubscriptionId).SingleOrDefaultAsync(cancellationToken);
        if (subscriptionId is { } lockedSubscription)
        {
            await SubscriptionAsync(db, lockedSubscription, cancellationToken);
        }

        await InvoiceAsync(db, invoiceId, cancellationToken);
    }

    public static Task InvoiceAsync(SubscriptionsDbContext db, Guid invoiceId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM subscriptions.invoices WHERE id = {invoiceId} FOR UPDATE", cancellationToken);
}
