using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>Finds the subscription that gives a school the use of its package on a day (<see cref="SchoolAccess"/>), for a school the user may see.</summary>
internal static class CurrentSubscription
{
    /// <param name="today">Today in the UK: whether a renewal is within its terms, or an ended year in its grace, is judged on it.</param>
    /// <param name="includeGrace">True to let an ended year serve through its grace period when <paramref name="day"/> is today (reads, meeting places), never for spending a visit.</param>
    public static async Task<Subscription> FindAsync(
        SubscriptionsDbContext db, ICurrentUser currentUser, Guid schoolId, DateOnly day, DateOnly today, bool includeGrace, bool lockForUpdate, CancellationToken cancellationToken)
    {
        if (!currentUser.CanSeeSchool(schoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }

        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var candidates = (await SchoolAccessReader.CandidatesAsync(db, schoolId, day, cancellationToken))[schoolId].ToList();
        var subscription = SchoolAccess.For(candidates, day, today, settings.LapseGraceDays, includeGrace)
            ?? throw new NotFoundException($"This school has no paid subscription covering {day:d MMMM yyyy}.");
        return await LoadAsync(db, subscription.Id, lockForUpdate, cancellationToken);
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
