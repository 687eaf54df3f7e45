using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// A school waiting to pay by card switches to an invoice (always allowed: after a failed or abandoned card payment, or
/// when the authority does not take cards). Open card payments are closed in Stripe first, so the school cannot pay twice.
/// The subscription's row is locked, so a switch and an administrator's change or invoice cannot both happen (ADR 0022).
/// </summary>
internal sealed class PayByInvoiceHandler(
    SubscriptionsDbContext db, OpenCardPayments cardPayments, InvoiceIssuer invoices, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<PayByInvoiceCommand, InvoiceDto>
{
    public async Task<InvoiceDto> Handle(PayByInvoiceCommand request, CancellationToken cancellationToken)
    {
        await RowLocks.SubscriptionAsync(db, request.SubscriptionId, cancellationToken);
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken);
        if (subscription.Status != SubscriptionStatus.PendingPayment || subscription.PaymentMethod != PaymentMethod.Card)
        {
            throw new ConflictException("This subscription is not waiting for a card payment.");
        }

        await cardPayments.CloseAsync(subscription, cancellationToken);
        var purchaseOrder = request.PurchaseOrderNumber!.Trim();
        subscription.PaymentMethod = PaymentMethod.Invoice;
        subscription.PurchaseOrderNumber = purchaseOrder;
        subscription.MoveTo(subscription.Status, clock.GetUtcNow(), $"Paying by invoice instead of by card, purchase order {purchaseOrder}");
        await db.SaveChangesAsync(cancellationToken);
        var invoice = await invoices.IssueAsync(subscription, InvoiceIssuer.PackageInvoice(subscription), cancellationToken);
        return invoice.ToDto(UkTime.Today(clock));
    }
}
