using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Verifies a Stripe webhook with the authority's signing secret, then processes its event exactly once: the event
/// id is claimed in the same transaction (unique key), so a redelivery or a second node does nothing. Events may
/// come in any order: a completed checkout pays even after an "expired" one, an "expired" never undoes a payment.
/// </summary>
internal sealed class HandleStripeWebhookHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, SubscriptionPayments payments, ITenantContext tenant, IOptions<StripeOptions> options, TimeProvider clock)
    : IRequestHandler<HandleStripeWebhookCommand, StripeWebhookOutcome>
{
    public async Task<StripeWebhookOutcome> Handle(HandleStripeWebhookCommand request, CancellationToken cancellationToken)
    {
        var keys = await vault.ReadAsync(cancellationToken);
        if (keys is null || !StripeSignature.IsValid(request.Payload, request.SignatureHeader, keys.Value.WebhookSecret, clock.GetUtcNow(), options.Value.SignatureTolerance))
        {
            throw RequestValidationException.For("Stripe-Signature", "The signature is missing, wrong or too old.");
        }

        var stripeEvent = StripeEvent.Parse(request.Payload);
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO subscriptions.stripe_events (id, tenant_id, event_id, type, received_at)
            VALUES ({Guid.CreateVersion7()}, {tenant.RequiredTenantId}, {stripeEvent.Id}, {stripeEvent.Type}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            return StripeWebhookOutcome.AlreadyProcessed;
        }

        var checkout = stripeEvent.SessionId is null ? null
            : await db.CardCheckouts.SingleOrDefaultAsync(c => c.StripeSessionId == stripeEvent.SessionId, cancellationToken);
        if (checkout is null)
        {
            return StripeWebhookOutcome.Ignored;
        }

        switch (stripeEvent.Type)
        {
            case "checkout.session.completed" or "checkout.session.async_payment_succeeded" when stripeEvent.PaymentStatus == "paid":
                if (checkout.Status != CardCheckoutStatus.Paid)
                {
                    checkout.Status = CardCheckoutStatus.Paid;
                    checkout.CompletedAt = clock.GetUtcNow();
                    await payments.PaidAsync(checkout.SubscriptionId, $"Paid by card ({Money.Format(checkout.AmountPence)})", cancellationToken);
                }

                break;
            case "checkout.session.expired":
                if (checkout.Status == CardCheckoutStatus.Open)
                {
                    checkout.Status = CardCheckoutStatus.Expired;
                    checkout.CompletedAt = clock.GetUtcNow();
                }

                break;
            default:
                return StripeWebhookOutcome.Ignored;
        }

        await db.SaveChangesAsync(cancellationToken);
        return StripeWebhookOutcome.Processed;
    }
}
