using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.Payments;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>
/// What an authority administrator does with a subscription awaiting payment (ADR 0022): change how it is paid, issue its
/// invoice, record its payment. Each locks the subscription's row first, so of two at once exactly one acts and the other
/// finds the result and is refused (409).
/// </summary>
internal sealed class PendingPaymentHandler(
    SubscriptionsDbContext db, IMediator mediator, OpenCardPayments cardPayments, InvoiceIssuer invoices, ICurrentUser currentUser, ITenantContext tenant,
    TimeProvider clock) :
    IRequestHandler<ChangePaymentMethodCommand, SubscriptionDto>,
    IRequestHandler<IssueSubscriptionInvoiceCommand, InvoiceDto>,
    IRequestHandler<RecordSubscriptionPaymentCommand, InvoiceDto>
{
    public async Task<SubscriptionDto> Handle(ChangePaymentMethodCommand request, CancellationToken cancellationToken)
    {
        var subscription = await PendingAsync(request.SubscriptionId, cancellationToken);
        var method = request.PaymentMethod!.Value;
        if (method == subscription.PaymentMethod)
        {
            throw RequestValidationException.For(nameof(request.PaymentMethod), $"It is already paid {PaymentMethodNames.Display(method).ToLowerInvariant()}: choose the other way, or go back");
        }

        var now = clock.GetUtcNow();
        var purchaseOrder = string.IsNullOrWhiteSpace(request.PurchaseOrderNumber) ? null : request.PurchaseOrderNumber.Trim();
        if (method == PaymentMethod.Card)
        {
            if (!await PaymentMethodsHandler.CardIsOnAsync(db, cancellationToken))
            {
                throw RequestValidationException.For(nameof(request.PaymentMethod), PaymentMethodsHandler.CardOffMessage(tenant.Tenant!.Name));
            }

            var unpaid = await PackageInvoices.CurrentAsync(db, subscription.Id, cancellationToken);
            var note = "Paying by card instead of by invoice";
            if (unpaid is { Status: InvoiceStatus.Open })
            {
                unpaid.Status = InvoiceStatus.Cancelled;
                note += $"; invoice {unpaid.ReferenceText} cancelled";
            }

            subscription.PaymentMethod = PaymentMethod.Card;
            subscription.PurchaseOrderNumber = purchaseOrder;
            subscription.MoveTo(subscription.Status, now, note);
        }
        else
        {
            await cardPayments.CloseAsync(subscription, cancellationToken);
            subscription.PaymentMethod = PaymentMethod.Invoice;
            subscription.PurchaseOrderNumber = purchaseOrder;
            subscription.MoveTo(subscription.Status, now, $"Paying by invoice instead of by card, purchase order {purchaseOrder}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return SubscriptionReader.ToDto(subscription);
    }

    public async Task<InvoiceDto> Handle(IssueSubscriptionInvoiceCommand request, CancellationToken cancellationToken)
    {
        var subscription = await PendingAsync(request.SubscriptionId, cancellationToken);
        if (subscription.PaymentMethod != PaymentMethod.Invoice)
        {
            throw new ConflictException("This subscription is paid by card: change it to invoice first.");
        }

        if (await PackageInvoices.CurrentAsync(db, subscription.Id, cancellationToken) is { } issued)
        {
            throw new ConflictException($"Invoice {issued.ReferenceText} has already been issued for this subscription.");
        }

        var invoice = await invoices.IssueAsync(subscription, InvoiceIssuer.PackageInvoice(subscription), cancellationToken);
        subscription.MoveTo(subscription.Status, clock.GetUtcNow(), $"Invoice {invoice.ReferenceText} issued");
        await db.SaveChangesAsync(cancellationToken);
        return invoice.ToDto(UkTime.Today(clock));
    }

    public async Task<InvoiceDto> Handle(RecordSubscriptionPaymentCommand request, CancellationToken cancellationToken)
    {
        var subscription = await PendingAsync(request.SubscriptionId, cancellationToken);
        var invoice = await PackageInvoices.CurrentAsync(db, subscription.Id, cancellationToken);
        if (invoice is not { Status: InvoiceStatus.Open })
        {
            throw new ConflictException(subscription.PaymentMethod == PaymentMethod.Card
                ? "This subscription is paid by card: change it to invoice and issue the invoice first."
                : "This subscription has no invoice to pay yet: issue its invoice first.");
        }

        return await mediator.Send(new MarkInvoicePaidCommand(invoice.Id), cancellationToken);
    }

    /// <summary>The subscription, locked, if the administrator may act on it and it still awaits payment.</summary>
    private async Task<Subscription> PendingAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can change how a subscription is paid.");
        }

        await RowLocks.SubscriptionAsync(db, subscriptionId, cancellationToken);
        var subscription = await SubscriptionReader.GetVisibleAsync(db, currentUser, subscriptionId, cancellationToken);
        return subscription.Status == SubscriptionStatus.PendingPayment
            ? subscription
            : throw new ConflictException($"This subscription is no longer awaiting payment: it is {SubscriptionStatusNames.Display(subscription.Status).ToLowerInvariant()}.");
    }
}
