using EqualityMark.Shared.Time;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>The authority records an invoice as paid: its subscription becomes active. Paying twice is refused, also when two record it at once.</summary>
internal sealed class MarkInvoicePaidHandler(SubscriptionsDbContext db, ICurrentUser currentUser, SubscriptionPayments payments, TimeProvider clock)
    : IRequestHandler<MarkInvoicePaidCommand, InvoiceDto>
{
    public async Task<InvoiceDto> Handle(MarkInvoicePaidCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can record payments.");
        }

        // Two at once (this page and the subscription page, or two clicks): the second waits here, then finds it paid (ADR 0022).
        await RowLocks.InvoiceWithSubscriptionAsync(db, request.InvoiceId, cancellationToken);
        var invoice = await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken)
            ?? throw new NotFoundException("No invoice with that id was found.");
        if (invoice.Status != InvoiceStatus.Open)
        {
            throw new ConflictException($"This invoice is already {invoice.Status.ToString().ToLowerInvariant()}.");
        }

        invoice.Status = InvoiceStatus.Paid;
        invoice.PaidAt = clock.GetUtcNow();
        invoice.PaidBy = PaymentMethod.Invoice;
        await payments.InvoicePaidAsync(invoice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return invoice.ToDto(UkTime.Today(clock));
    }
}
