using EqualityMark.Shared.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Leaving;

/// <summary>
/// Invoices and payments are kept for six years (HMRC), with the school's name and address as invoiced, so the
/// school's subscriptions stay too (invoices point at them) with the contact's name and email removed; its sign-ups
/// (the co-ordinator's details) and renewal reminders go. A subscription that has not ended must be cancelled first:
/// cancelling is where the authority decides about refunds and unpaid invoices (ADR 0025).
/// </summary>
internal sealed class DeleteSubscriptionsSchoolDataHandler(SubscriptionsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DeleteSubscriptionsSchoolDataCommand, Unit>
{
    private static readonly SubscriptionStatus[] InForce = [SubscriptionStatus.PendingPayment, SubscriptionStatus.Active, SubscriptionStatus.RenewalDue];

    public async Task<Unit> Handle(DeleteSubscriptionsSchoolDataCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        var school = request.SchoolId;
        var today = UkTime.Today(clock);
        await db.LockAgainstWritesAsync<Subscription>(cancellationToken);
        var subscriptions = db.Subscriptions.Where(s => s.SchoolId == school);
        if (await subscriptions.AnyAsync(s => InForce.Contains(s.Status) && s.PeriodEnd >= today, cancellationToken))
        {
            throw new ConflictException(
                "This school has a subscription that has not ended. Cancel the subscription first (from its page under Subscriptions), then delete the school.");
        }

        await db.SignUps.Where(s => subscriptions.Any(x => x.Id == s.SubscriptionId)).ExecuteDeleteAsync(cancellationToken);
        await db.RenewalReminders.Where(r => subscriptions.Any(s => s.Id == r.SubscriptionId)).ExecuteDeleteAsync(cancellationToken);
        await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ContactName, "").SetProperty(x => x.ContactEmail, ""), cancellationToken);
        return Unit.Value;
    }
}
