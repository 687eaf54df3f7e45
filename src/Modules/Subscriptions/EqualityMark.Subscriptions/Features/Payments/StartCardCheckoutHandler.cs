using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Opens (or reopens) a Stripe Checkout session for a subscription awaiting payment. The checkout row's id is the
/// Idempotency-Key, so a retry after a lost answer gets Stripe's same session rather than a second one.
/// </summary>
internal sealed class StartCardCheckoutHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, StripeClient stripe, ICurrentUser currentUser, ITenantContext tenant, ITenantLinks links, TimeProvider clock)
    : IRequestHandler<StartCardCheckoutCommand, CardCheckoutDto>
{
    public async Task<CardCheckoutDto> Handle(StartCardCheckoutCommand request, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (subscription.Status != SubscriptionStatus.PendingPayment)
        {
            throw new ConflictException("This subscription is not waiting for payment.");
        }

        var open = await db.CardCheckouts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.SubscriptionId == subscription.Id && c.Status == CardCheckoutStatus.Open, cancellationToken);
        if (open is not null)
        {
            return ToDto(open);
        }

        var keys = await vault.ReadAsync(cancellationToken) ?? throw new ConflictException($"{tenant.Tenant!.Name} does not take card payments yet. Choose to pay by invoice.");
        var checkoutId = Guid.CreateVersion7();
        var code = tenant.Tenant!.Code;
        var amount = subscription.PricePence + subscription.VatPence;
        var session = await stripe.CreateCheckoutSessionAsync(keys.SecretKey, new CheckoutSessionRequest(
                $"{subscription.PackageName} package, {subscription.PeriodStart.Year} to {subscription.PeriodEnd.Year} — {subscription.SchoolName}",
                amount,
                subscription.ContactEmail,
                checkoutId,
                new Uri(links.For(code, "/our-package?paid=card")),
                new Uri(links.For(code, "/our-package")),
                new Dictionary<string, string> { ["subscription_id"] = subscription.Id.ToString(), ["tenant"] = code }),
            $"checkout-{checkoutId}", cancellationToken);

        var checkout = new CardCheckout
        {
            Id = checkoutId,
            SubscriptionId = subscription.Id,
            StripeSessionId = session.Id,
            CheckoutUrl = session.Url,
            AmountPence = amount,
            Status = CardCheckoutStatus.Open,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CardCheckouts.Add(checkout);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(checkout);
    }

    private static CardCheckoutDto ToDto(CardCheckout c) => new(c.Id, c.SubscriptionId, c.StripeSessionId, c.CheckoutUrl, c.AmountPence);
}
