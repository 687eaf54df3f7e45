using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Stripe.Checkout;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// A paid Checkout session: the attempt is paid, a paid invoice is issued as the receipt and the subscription becomes
/// active. A completion after an expiry still pays; a refund that arrived first (out of order) is then recorded.
/// </summary>
internal sealed class CardPaymentCompletion(
    SubscriptionsDbContext db, InvoiceIssuer invoices, SubscriptionPayments payments, CardRefunds refunds, TimeProvider clock)
{
    public async Task<StripeWebhookOutcome> ApplyAsync(Session session, CancellationToken cancellationToken)
    {
        var checkout = await db.CardCheckouts.SingleOrDefaultAsync(c => c.StripeSessionId == session.Id, cancellationToken);
        if (checkout is null || session.PaymentStatus != "paid")
        {
            return StripeWebhookOutcome.Ignored;
        }

        if (checkout.Status == CardPaymentStatus.Paid)
        {
            return StripeWebhookOutcome.Processed;
        }

        var now = clock.GetUtcNow();
        checkout.Status = CardPaymentStatus.Paid;
        checkout.CompletedAt = now;
        checkout.PaymentIntentId = session.PaymentIntentId;
        var subscription = await db.Subscriptions.SingleAsync(s => s.Id == checkout.SubscriptionId, cancellationToken);
        var receipt = await invoices.IssueCardReceiptAsync(subscription, session.PaymentIntentId, now, cancellationToken);
        checkout.InvoiceId = receipt.Id;
        await payments.PaidAsync(subscription.Id, $"Paid by card ({Money.Format(checkout.AmountPence)}), receipt {receipt.ReferenceText}", cancellationToken);

        if (session.PaymentIntentId is { } paymentIntentId
            && await db.StripeEvents.AnyAsync(e => e.RefundedPaymentIntentId == paymentIntentId, cancellationToken))
        {
            await refunds.RecordAsync(receipt, paymentIntentId, cancellationToken);
        }

        return StripeWebhookOutcome.Processed;
    }
}
