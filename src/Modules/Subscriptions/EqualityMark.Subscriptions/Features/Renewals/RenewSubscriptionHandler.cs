using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Renewals;

/// <summary>Starts next period's subscription for the same package at today's price, awaiting payment.</summary>
internal sealed class RenewSubscriptionHandler(SubscriptionsDbContext db, IMediator mediator, ICurrentUser currentUser, SubscriptionPurchase purchase)
    : IRequestHandler<RenewSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(RenewSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var current = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (!currentUser.IsAuthorityAdmin && currentUser.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only the school's co-ordinator or the authority's administrators can renew.");
        }

        if (current.Status is SubscriptionStatus.Cancelled or SubscriptionStatus.Renewed or SubscriptionStatus.PendingPayment)
        {
            throw new ConflictException($"This subscription is {SubscriptionStatusNames.Display(current.Status).ToLowerInvariant()} and cannot be renewed.");
        }

        if (await db.Subscriptions.AnyAsync(s => s.RenewsSubscriptionId == current.Id && s.Status != SubscriptionStatus.Cancelled, cancellationToken))
        {
            throw new ConflictException("This subscription has already been renewed.");
        }

        var school = await mediator.Send(new GetSchoolQuery(current.SchoolId), cancellationToken);
        var buyer = new SubscriptionPurchase.Buyer(school, current.ContactName, current.ContactEmail);
        var next = await purchase.BuyAsync(buyer, current.PackageId, request.PaymentMethod!.Value, request.PurchaseOrderNumber,
            current.PeriodEnd.AddDays(1), current.Id, cancellationToken);
        return SubscriptionReader.ToDto(await SubscriptionReader.GetVisibleAsync(db, currentUser, next.Id, cancellationToken));
    }
}
