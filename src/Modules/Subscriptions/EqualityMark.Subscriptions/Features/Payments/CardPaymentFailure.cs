using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;
using Stripe.Checkout;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>An expired or failed Checkout session: an open attempt is recorded as such; a paid one is never undone.</summary>
internal sealed class CardPaymentFailure(SubscriptionsDbContext db, TimeProvider clock)
{
    public async Task<StripeWebhookOutcome> ApplyAsync(Session session, CardPaymentStatus outcome, CancellationToken cancellationToken)
    {
        var checkout = await db.CardCheckouts.SingleOrDefaultAsync(c => c.StripeSessionId == session.Id, cancellationToken);
        if (checkout is null)
        {
            return StripeWebhookOutcome.Ignored;
        }

        if (checkout.Status == CardPaymentStatus.Open)
        {
            checkout.Status = outcome;
            checkout.CompletedAt = clock.GetUtcNow();
        }

        return StripeWebhookOutcome.Processed;
    }
}
