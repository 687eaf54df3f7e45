using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Charge = Stripe.Charge;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Records a card payment refunded on its receipt, once, whether the refund was made here or in Stripe's dashboard
/// (charge.refunded). Partial refunds stay in Stripe. The subscription is left as it is; its history notes the refund.
/// </summary>
internal sealed class CardRefunds(SubscriptionsDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(Invoice receipt, string reference, CancellationToken cancellationToken)
    {
        if (receipt.Status == InvoiceStatus.Refunded)
        {
            return;
        }

        var now = clock.GetUtcNow();
        receipt.Status = InvoiceStatus.Refunded;
        receipt.RefundedAt = now;
        receipt.RefundReference = reference;
        var subscription = await db.Subscriptions.Include(s => s.History).SingleAsync(s => s.Id == receipt.SubscriptionId, cancellationToken);
        subscription.MoveTo(subscription.Status, now, $"Card payment refunded: {Money.Format(receipt.NetPence + receipt.VatPence)}, receipt {receipt.ReferenceText}");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StripeWebhookOutcome> ApplyAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (!charge.Refunded || charge.PaymentIntentId is null)
        {
            return StripeWebhookOutcome.Ignored;
        }

        var invoiceId = await db.CardCheckouts.Where(c => c.PaymentIntentId == charge.PaymentIntentId).Select(c => c.InvoiceId).FirstOrDefaultAsync(cancellationToken);
        var receipt = invoiceId is null ? null : await db.Invoices.Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId, cancellationToken);
        if (receipt is null)
        {
            // Not paid here yet (or not ours): the stored event names the payment, so a later completion records the refund.
            return StripeWebhookOutcome.Ignored;
        }

        await RecordAsync(receipt, charge.Id, cancellationToken);
        return StripeWebhookOutcome.Processed;
    }
}
