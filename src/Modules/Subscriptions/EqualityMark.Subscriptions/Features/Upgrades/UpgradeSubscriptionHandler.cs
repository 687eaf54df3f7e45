using EqualityMark.Shared.Time;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>The school pays the difference between its package's price as bought and the new one's today.</summary>
internal sealed class UpgradeSubscriptionHandler(
    SubscriptionsDbContext db, IMediator mediator, ICurrentUser currentUser, SubscriptionPurchase purchase, InvoiceIssuer invoices, TimeProvider clock)
    : IRequestHandler<UpgradeSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(UpgradeSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (!currentUser.IsAuthorityAdmin && currentUser.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only the school's co-ordinator or the authority's administrators can upgrade.");
        }

        if (!subscription.IsInForce(UkTime.Today(clock)))
        {
            throw new ConflictException("Only a paid subscription in its period can be upgraded.");
        }

        var school = await mediator.Send(new GetSchoolQuery(subscription.SchoolId), cancellationToken);
        var (package, _, price) = await purchase.PriceForAsync(request.PackageId!.Value, school.Phase, cancellationToken);
        var difference = price - subscription.PricePence;
        if (package.Id == subscription.PackageId || difference <= 0)
        {
            throw RequestValidationException.For(nameof(request.PackageId), $"Choose a package that costs more than {subscription.PackageName}");
        }

        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var vatDifference = settings.VatOn(difference);
        var from = subscription.PackageName;
        db.RemoveRange(subscription.Entitlements);
        subscription.Entitlements.Clear();
        subscription.Entitlements.AddRange(package.Entitlements.Select(e => new SubscriptionEntitlement
        {
            SubscriptionId = subscription.Id, Kind = e.Kind, Quantity = e.Quantity, ChoiceGroup = e.ChoiceGroup,
        }));
        subscription.PackageId = package.Id;
        subscription.PackageName = package.Name;
        subscription.PricePence += difference;
        subscription.VatPence += vatDifference;
        subscription.MoveTo(subscription.Status, clock.GetUtcNow(), $"Upgraded from {from} to {package.Name}; difference {Money.Format(difference + vatDifference)} invoiced");
        await db.SaveChangesAsync(cancellationToken);

        await invoices.IssueAsync(subscription, [($"Upgrade from {from} to {package.Name}, {subscription.PeriodStart.Year} to {subscription.PeriodEnd.Year}", difference)],
            vatDifference, request.PurchaseOrderNumber!.Trim(), cancellationToken);
        return SubscriptionReader.ToDto(subscription);
    }
}
