using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Stripe;
using PaymentMethod = EqualityMark.Subscriptions.Contracts.PaymentMethod;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Refunds a card payment in full through the authority's Stripe account and records it on the receipt. The invoice's
/// id is the idempotency key: a repeated click or a retry never refunds twice.
/// </summary>
internal sealed class RefundCardPaymentHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, StripeClients clients, CardRefunds refunds, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RefundCardPaymentCommand, InvoiceDto>
{
    public async Task<InvoiceDto> Handle(RefundCardPaymentCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can refund card payments.");
        }

        var receipt = await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken)
            ?? throw new NotFoundException("No invoice with that id was found.");
        if (receipt.Status != InvoiceStatus.Paid || receipt.PaidBy != PaymentMethod.Card || receipt.PaymentReference is null)
        {
            throw new ConflictException("Only a card payment that has not been refunded can be refunded.");
        }

        var keys = await vault.ReadAsync(cancellationToken) ?? throw new ConflictException("Card payments are off: add the authority's Stripe keys first.");
        var refund = await StripeCalls.RunAsync(
            () => new RefundService(clients.For(keys.SecretKey)).CreateAsync(
                new RefundCreateOptions { PaymentIntent = receipt.PaymentReference, Metadata = new Dictionary<string, string> { ["invoice_id"] = receipt.Id.ToString() } },
                new RequestOptions { IdempotencyKey = $"refund-{receipt.Id}" },
                cancellationToken),
            "Stripe refused the refund. Nothing was refunded; try again later or refund it in Stripe's dashboard.");
        if (refund.Status is "failed" or "canceled")
        {
            throw new ConflictException("Stripe could not refund this payment. Nothing was refunded; check the payment in Stripe's dashboard.");
        }

        await refunds.RecordAsync(receipt, refund.Id, cancellationToken);
        return receipt.ToDto(UkTime.Today(clock));
    }
}
