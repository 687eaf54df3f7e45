using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Stripe.Checkout;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// A school waiting to pay by card switches to an invoice (always allowed, e.g. after a failed card payment). An open
/// Checkout session is expired in Stripe first, so the school cannot pay twice; if Stripe says it was paid, nothing changes.
/// </summary>
internal sealed class PayByInvoiceHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, StripeClients clients, InvoiceIssuer invoices, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<PayByInvoiceCommand, InvoiceDto>
{
    public async Task<InvoiceDto> Handle(PayByInvoiceCommand request, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (subscription.Status != SubscriptionStatus.PendingPayment || subscription.PaymentMethod != PaymentMethod.Card)
        {
            throw new ConflictException("This subscription is not waiting for a card payment.");
        }

        var open = await db.CardCheckouts.Where(c => c.SubscriptionId == subscription.Id && c.Status == CardPaymentStatus.Open).ToListAsync(cancellationToken);
        var keys = open.Count == 0 ? null : await vault.ReadAsync(cancellationToken);
        foreach (var checkout in open)
        {
            if (keys is { } stripeKeys)
            {
                await ExpireInStripeAsync(new SessionService(clients.For(stripeKeys.SecretKey)), checkout.StripeSessionId, checkout.Id, cancellationToken);
            }

            checkout.Status = CardPaymentStatus.Expired;
            checkout.CompletedAt = clock.GetUtcNow();
        }

        var purchaseOrder = request.PurchaseOrderNumber!.Trim();
        subscription.PaymentMethod = PaymentMethod.Invoice;
        subscription.PurchaseOrderNumber = purchaseOrder;
        subscription.MoveTo(subscription.Status, clock.GetUtcNow(), $"Paying by invoice instead of by card, purchase order {purchaseOrder}");
        await db.SaveChangesAsync(cancellationToken);
        var invoice = await invoices.IssueAsync(subscription, InvoiceIssuer.PackageInvoice(subscription), cancellationToken);
        return invoice.ToDto(UkTime.Today(clock));
    }

    /// <summary>Stripe refuses to expire a session that is no longer open: that is fine if it expired, not if it was paid.</summary>
    private static async Task ExpireInStripeAsync(SessionService sessions, string sessionId, Guid checkoutId, CancellationToken cancellationToken)
    {
        const string mayBePaid = "Your card payment may already have gone through, so no invoice was issued. Wait a few minutes and look at your package again.";
        try
        {
            await sessions.ExpireAsync(sessionId, null, new Stripe.RequestOptions { IdempotencyKey = $"expire-{checkoutId}" }, cancellationToken);
        }
        catch (Stripe.StripeException)
        {
            var session = await StripeCalls.RunAsync(() => sessions.GetAsync(sessionId, null, null, cancellationToken), mayBePaid);
            if (session.Status != "expired")
            {
                throw new ConflictException(mayBePaid);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            throw new ConflictException(mayBePaid);
        }
    }
}
