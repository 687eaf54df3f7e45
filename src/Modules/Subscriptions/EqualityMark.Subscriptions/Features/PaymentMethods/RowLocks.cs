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

    public static Task InvoiceAsync(SubscriptionsDbContext db, Guid invoiceId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM subscriptions.invoices WHERE id = {invoiceId} FOR UPDATE", cancellationToken);
}
