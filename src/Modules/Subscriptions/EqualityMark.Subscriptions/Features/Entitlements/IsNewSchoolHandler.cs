using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>New = no subscription for an earlier period was ever paid (a lapsed school that returns is not new).</summary>
internal sealed class IsNewSchoolHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<IsNewSchoolQuery, bool>
{
    public async Task<bool> Handle(IsNewSchoolQuery request, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var current = await CurrentSubscription.FindAsync(db, currentUser, request.SchoolId, today, today, true, false, cancellationToken);
        return !await db.Subscriptions.AnyAsync(s => s.SchoolId == request.SchoolId && s.PeriodStart < current.PeriodStart
            && s.History.Any(h => h.Status == SubscriptionStatus.Active), cancellationToken);
    }
}
