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
using Stripe.Checkout;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Opens (or reopens) a Stripe Checkout session for a subscription awaiting payment by card, for the school's Stripe
/// customer. The checkout row's id is the idempotency key, so a retry after a lost answer gets Stripe's same session.
/// </summary>
internal sealed class StartCardCheckoutHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, StripeClients clients, StripeCustomers customers, ICurrentUser currentUser, ITenantContext tenant,
    ITenantLinks links, TimeProvider clock)
    : IRequestHandler<StartCardCheckoutCommand, CardCheckoutDto>
{
    public async Task<CardCheckoutDto> Handle(StartCardCheckoutCommand request, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (subscription.Status != SubscriptionStatus.PendingPayment || subscription.PaymentMethod != PaymentMethod.Card)
        {
            throw new ConflictException("This subscription is not waiting for a card payment.");
        }

        var open = await db.CardCheckouts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.SubscriptionId == subscription.Id && c.Status == CardPaymentStatus.Open, cancellationToken);
        if (open is not null)
        {
            return ToDto(open);
        }

        var keys = (await PaymentMethods.PaymentMethodsHandler.CardIsOnAsync(db, cancellationToken) ? await vault.ReadAsync(cancellationToken) : null) ?? throw new ConflictException($"{tenant.Tenant!.Name} does not take card payments yet. Choose to pay by invoice.");
        var stripe = clients.For(keys.SecretKey);
        var customerId = await customers.EnsureAsync(stripe, subscription, cancellationToken);
        var checkoutId = Guid.CreateVersion7();
        var amount = subscription.PricePence + subscription.VatPence;
        var session = await StripeCalls.RunAsync(
            () => new SessionService(stripe).CreateAsync(SessionFor(subscription, checkoutId, customerId, amount), new Stripe.RequestOptions { IdempotencyKey = $"checkout-{checkoutId}" }, cancellationToken),
            "Stripe refused to open a payment page. Try again, or pay by invoice.");

        var checkout = new CardCheckout
        {
            Id = checkoutId,
            SubscriptionId = subscription.Id,
            StripeSessionId = session.Id,
            CheckoutUrl = session.Url,
            AmountPence = amount,
            Status = CardPaymentStatus.Open,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CardCheckouts.Add(checkout);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(checkout);
    }

    private SessionCreateOptions SessionFor(Subscription subscription, Guid checkoutId, string customerId, long amountPence)
    {
        var code = tenant.Tenant!.Code;
        var metadata = new Dictionary<string, string> { ["subscription_id"] = subscription.Id.ToString(), ["checkout_id"] = checkoutId.ToString(), ["tenant"] = code };
        return new SessionCreateOptions
        {
            Mode = "payment",
            Customer = customerId,
            ClientReferenceId = checkoutId.ToString(),
            SuccessUrl = links.For(code, "/our-package?paid=card"),
            CancelUrl = links.For(code, "/our-package"),
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "gbp",
                        UnitAmount = amountPence,
                        ProductData = new SessionLineItemPriceDataProductDataOptions
                        {
                            Name = $"{subscription.PackageName} package, {subscription.PeriodStart.Year} to {subscription.PeriodEnd.Year} — {subscription.SchoolName}",
                        },
                    },
                },
            ],
        };
    }

    private static CardCheckoutDto ToDto(CardCheckout c) => new(c.Id, c.SubscriptionId, c.StripeSessionId, c.CheckoutUrl, c.AmountPence);
}
