using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>A subscription's own invoice for its package (not an upgrade's), open or paid; cancelled ones are left out.</summary>
internal static class PackageInvoices
{
    public static Task<Invoice?> CurrentAsync(SubscriptionsDbContext db, Guid subscriptionId, CancellationToken cancellationToken) =>
        db.Invoices.Include(i => i.Lines)
            .Where(i => i.SubscriptionId == subscriptionId && i.UpgradeToPackageId == null && (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.Paid))
            .OrderByDescending(i => i.Number)
            .FirstOrDefaultAsync(cancellationToken);
}
