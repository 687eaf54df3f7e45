using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

/// <summary>Cancels an open subscription and any of its unpaid invoices.</summary>
internal sealed class CancelSubscriptionHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CancelSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(CancelSubscriptionCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can cancel subscriptions.");
        }

        // Two cancellations, or a cancellation and a payment, at once: the second waits here and finds the first's result.
        await RowLocks.SubscriptionAsync(db, request.SubscriptionId, cancellationToken);
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (!subscription.IsOpen)
        {
            throw new ConflictException($"This subscription is {SubscriptionStatusNames.Display(subscription.Status).ToLowerInvariant()} and cannot be cancelled.");
        }

        subscription.MoveTo(SubscriptionStatus.Cancelled, clock.GetUtcNow(), request.Reason.Trim());
        await db.Invoices.Where(i => i.SubscriptionId == subscription.Id && i.Status == InvoiceStatus.Open)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, InvoiceStatus.Cancelled), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return SubscriptionReader.ToDto(subscription);
    }
}
