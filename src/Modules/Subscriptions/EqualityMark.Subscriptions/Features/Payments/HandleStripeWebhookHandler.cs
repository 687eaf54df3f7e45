using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Verifies a Stripe webhook with the authority's signing secret (Stripe.net), then processes its event exactly once:
/// the event id is claimed in the same transaction as its effect (unique key), so a redelivery or a second node does
/// nothing. Events may come in any order; each effect checks the state it finds rather than assuming an order.
/// </summary>
internal sealed class HandleStripeWebhookHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, CardPaymentCompletion completion, CardPaymentFailure failure, CardRefunds refunds,
    ITenantContext tenant, IOptions<StripeOptions> options, TimeProvider clock)
    : IRequestHandler<HandleStripeWebhookCommand, StripeWebhookOutcome>
{
    public async Task<StripeWebhookOutcome> Handle(HandleStripeWebhookCommand request, CancellationToken cancellationToken)
    {
        var keys = await vault.ReadAsync(cancellationToken) ?? throw StripeWebhookReader.InvalidSignature();
        var stripeEvent = StripeWebhookReader.Read(request.Payload, request.SignatureHeader, keys.WebhookSecret, options.Value.SignatureTolerance, clock.GetUtcNow());
        var refundedPaymentIntent = stripeEvent is { Type: EventTypes.ChargeRefunded, Data.Object: Charge { Refunded: true } charge } ? charge.PaymentIntentId : null;
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO subscriptions.stripe_events (id, tenant_id, event_id, type, received_at, refunded_payment_intent_id)
            VALUES ({Guid.CreateVersion7()}, {tenant.RequiredTenantId}, {stripeEvent.Id}, {stripeEvent.Type}, {clock.GetUtcNow()}, {refundedPaymentIntent})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            return StripeWebhookOutcome.AlreadyProcessed;
        }

        var outcome = (stripeEvent.Type, stripeEvent.Data?.Object) switch
        {
            (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded, Session session) => await completion.ApplyAsync(session, cancellationToken),
            (EventTypes.CheckoutSessionAsyncPaymentFailed, Session session) => await failure.ApplyAsync(session, CardPaymentStatus.Failed, cancellationToken),
            (EventTypes.CheckoutSessionExpired, Session session) => await failure.ApplyAsync(session, CardPaymentStatus.Expired, cancellationToken),
            (EventTypes.ChargeRefunded, Charge refundedCharge) => await refunds.ApplyAsync(refundedCharge, cancellationToken),
            _ => StripeWebhookOutcome.Ignored,
        };
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }
}
