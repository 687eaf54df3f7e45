using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>Finds the paid subscription in force on a day for a school the user may see.</summary>
internal static class CurrentSubscription
{
    public static async Task<Subscription> FindAsync(
        SubscriptionsDbContext db, ICurrentUser currentUser, Guid schoolId, DateOnly day, bool lockForUpdate, CancellationToken cancellationToken)
    {
        if (!currentUser.CanSeeSchool(schoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }

        var id = await db.Subscriptions
            .Where(s => s.SchoolId == schoolId && s.PeriodStart <= day && s.PeriodEnd >= day
                && (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.RenewalDue || s.Status == SubscriptionStatus.Renewed))
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"This school has no paid subscription covering {day:d MMMM yyyy}.");
        return await LoadAsync(db, id, lockForUpdate, cancellationToken);
    }

    public static async Task<Subscription> LoadAsync(SubscriptionsDbContext db, Guid id, bool lockForUpdate, CancellationToken cancellationToken)
    {
        if (lockForUpdate)
        {
            // Serialises uses of one subscription, so two bookings at once cannot both take the last unit.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM subscriptions.subscriptions WHERE id = {id} FOR UPDATE", cancellationToken);
        }

        return await SubscriptionReader.WithDetails(db).SingleAsync(s => s.Id == id, cancellationToken);
    }

    public static SchoolEntitlementsDto ToDto(Subscription s) =>
        new(s.SchoolId, s.Id, s.PackageName, s.PeriodStart, s.PeriodEnd, EntitlementBalances.For(s.Entitlements.OrderBy(e => e.Kind), s.Uses));
}
