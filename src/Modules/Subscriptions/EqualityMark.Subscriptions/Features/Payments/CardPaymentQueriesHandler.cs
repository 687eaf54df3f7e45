using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>A subscription's card payment attempts, for whoever may see the subscription.</summary>
internal sealed class CardPaymentQueriesHandler(SubscriptionsDbContext db, ICurrentUser currentUser) : IRequestHandler<ListCardPaymentsQuery, IReadOnlyList<CardPaymentDto>>
{
    public async Task<IReadOnlyList<CardPaymentDto>> Handle(ListCardPaymentsQuery request, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        return await db.CardCheckouts.AsNoTracking().Where(c => c.SubscriptionId == subscription.Id).OrderByDescending(c => c.CreatedAt)
            .Select(c => new CardPaymentDto(c.Id, c.SubscriptionId, c.Status, c.AmountPence, c.CreatedAt, c.CompletedAt, c.InvoiceId))
            .ToListAsync(cancellationToken);
    }
}
