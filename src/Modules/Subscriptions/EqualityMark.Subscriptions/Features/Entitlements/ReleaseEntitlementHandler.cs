using EqualityMark.Shared.Time;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>Gives back the unit a reference used; a reference with no unit (or released already) changes nothing.</summary>
internal sealed class ReleaseEntitlementHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ReleaseEntitlementCommand, SchoolEntitlementsDto>
{
    public async Task<SchoolEntitlementsDto> Handle(ReleaseEntitlementCommand request, CancellationToken cancellationToken)
    {
        var subscription = await CurrentSubscription.FindAsync(db, currentUser, request.SchoolId, UkTime.Today(clock), true, cancellationToken);
        var use = subscription.Uses.FirstOrDefault(u => u.Reference == request.Reference.Trim());
        if (use is not null)
        {
            subscription.Uses.Remove(use);
            db.EntitlementUses.Remove(use);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CurrentSubscription.ToDto(subscription);
    }
}
