using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features;

/// <summary>The authority's subscription settings; the defaults are stored the first time they are needed.</summary>
internal static class SettingsStore
{
    public static async Task<SubscriptionSettings> GetAsync(SubscriptionsDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new SubscriptionSettings();
            db.Settings.Add(settings);
            await db.SaveChangesAsync(cancellationToken);
        }

        return settings;
    }

    /// <summary>The next invoice number of this authority. The row update holds a lock until the unit of work ends.</summary>
    public static async Task<int> NextInvoiceNumberAsync(SubscriptionsDbContext db, CancellationToken cancellationToken)
    {
        await GetAsync(db, cancellationToken);
        await db.Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastInvoiceNumber, x => x.LastInvoiceNumber + 1), cancellationToken);
        return await db.Settings.AsNoTracking().Select(s => s.LastInvoiceNumber).SingleAsync(cancellationToken);
    }
}
