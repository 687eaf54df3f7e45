using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>Gives back the unit a reference used, to the subscription it came from; a reference with no unit (or released already) changes nothing.</summary>
internal sealed class ReleaseEntitlementHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ReleaseEntitlementCommand, SchoolEntitlementsDto>
{
    public async Task<SchoolEntitlementsDto> Handle(ReleaseEntitlementCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.CanSeeSchool(request.SchoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }

        var reference = request.Reference.Trim();
        var usedFrom = await db.EntitlementUses
            .Where(u => u.Reference == reference && db.Subscriptions.Any(s => s.Id == u.SubscriptionId && s.SchoolId == request.SchoolId))
            .Select(u => (Guid?)u.SubscriptionId).FirstOrDefaultAsync(cancellationToken);
        if (usedFrom is not { } subscriptionId)
        {
            // Nothing was taken for this reference (or it was given back already): report the balance of today's subscription, if any.
            return await TodaysBalanceAsync(request.SchoolId, cancellationToken);
        }

        var subscription = await CurrentSubscription.LoadAsync(db, subscriptionId, true, cancellationToken);
        var use = subscription.Uses.FirstOrDefault(u => u.Reference == reference);
        if (use is not null)
        {
            subscription.Uses.Remove(use);
            db.EntitlementUses.Remove(use);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CurrentSubscription.ToDto(subscription);
    }

    private async Task<SchoolEntitlementsDto> TodaysBalanceAsync(Guid schoolId, CancellationToken cancellationToken) =>
        CurrentSubscription.ToDto(await CurrentSubscription.FindAsync(db, currentUser, schoolId, UkTime.Today(clock), UkTime.Today(clock), true, false, cancellationToken));
}
