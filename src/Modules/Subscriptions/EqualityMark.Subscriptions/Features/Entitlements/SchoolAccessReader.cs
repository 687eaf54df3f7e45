using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>Loads what <see cref="SchoolAccess"/> decides on: schools' subscriptions near a day, with their invoices' state.</summary>
internal static class SchoolAccessReader
{
    /// <summary>The candidates of one school, or of every school when <paramref name="schoolId"/> is null, grouped by school.</summary>
    public static async Task<ILookup<Guid, SchoolAccess.Candidate>> CandidatesAsync(SubscriptionsDbContext db, Guid? schoolId, DateOnly day, CancellationToken cancellationToken)
    {
        // A grace period or payment terms never run for years: anything that ended two years before the day is irrelevant.
        var horizon = day.AddYears(-2);
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => (schoolId == null || s.SchoolId == schoolId) && s.PeriodEnd >= horizon
                && s.Status != SubscriptionStatus.Cancelled && s.Status != SubscriptionStatus.Lapsed)
            .ToListAsync(cancellationToken);
        var ids = subscriptions.ConvertAll(s => s.Id);
        var invoices = (await db.Invoices.AsNoTracking()
            .Where(i => ids.Contains(i.SubscriptionId) && i.Status != InvoiceStatus.Cancelled)
            .Select(i => new { i.SubscriptionId, i.DueOn, i.Status })
            .ToListAsync(cancellationToken)).ToLookup(i => i.SubscriptionId);
        return subscriptions
            .Select(s => new SchoolAccess.Candidate(s,
                invoices[s.Id].Select(i => (DateOnly?)i.DueOn).Max(),
                invoices[s.Id].Any(i => i.Status == InvoiceStatus.Open)))
            .ToLookup(c => c.Subscription.SchoolId);
    }
}
