using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>Loads subscriptions with what they include, their uses and history; school co-ordinators see their own only, members none (prices).</summary>
internal static class SubscriptionReader
{
    public static IQueryable<Subscription> WithDetails(SubscriptionsDbContext db) =>
        db.Subscriptions.Include(s => s.Entitlements).Include(s => s.History).Include(s => s.Uses).AsSplitQuery();

    public static async Task<Subscription> GetVisibleAsync(SubscriptionsDbContext db, ICurrentUser currentUser, Guid subscriptionId, CancellationToken cancellationToken)
    {
        SchoolMoney.EnsureMaySee(currentUser);
        var subscription = await WithDetails(db).SingleOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
        return subscription is not null && currentUser.CanSeeSchool(subscription.SchoolId)
            ? subscription
            : throw new NotFoundException("No subscription with that id was found.");
    }

    public static SubscriptionDto ToDto(Subscription s) => new(
        s.Id, s.SchoolId, s.SchoolName, s.SchoolUrn, s.PackageId, s.PackageName, s.PhaseBandName, s.PricePence, s.VatPence,
        s.PeriodStart, s.PeriodEnd, s.Status, s.PaymentMethod, s.PurchaseOrderNumber,
        s.Entitlements.OrderBy(e => e.Kind).Select(e => e.ToDto()).ToList(),
        EntitlementBalances.For(s.Entitlements.OrderBy(e => e.Kind), s.Uses),
        s.History.OrderBy(h => h.At).Select(h => new SubscriptionHistoryDto(h.Status, h.At, h.Note)).ToList(),
        s.PhaseBandId);
}
