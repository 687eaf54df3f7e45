using EqualityMark.Shared.Time;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>
/// Cancels an unpaid invoice (e.g. raised in error); the subscription is left as it is — for an upgrade's invoice that
/// means the upgrade is withdrawn, since it only ever applies once paid (ADR 0018). Invoice and subscription rows are locked first.
/// </summary>
internal sealed class CancelInvoiceHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CancelInvoiceCommand, InvoiceDto>
{
    public async Task<InvoiceDto> Handle(CancelInvoiceCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can cancel invoices.");
        }

        // Cancelled and paid at once: the second waits for the first and finds the invoice no longer open (ADR 0029).
        await RowLocks.InvoiceWithSubscriptionAsync(db, request.InvoiceId, cancellationToken);
        var invoice = await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken)
            ?? throw new NotFoundException("No invoice with that id was found.");
        if (invoice.Status != InvoiceStatus.Open)
        {
            throw new ConflictException($"This invoice is already {invoice.Status.ToString().ToLowerInvariant()}.");
        }

        invoice.Status = InvoiceStatus.Cancelled;
        if (invoice.UpgradeToPackageName is { } package)
        {
            var subscription = await db.Subscriptions.Include(s => s.History).SingleAsync(s => s.Id == invoice.SubscriptionId, cancellationToken);
            subscription.MoveTo(subscription.Status, clock.GetUtcNow(), $"Upgrade to {package} withdrawn: invoice {invoice.ReferenceText} cancelled");
        }

        await db.SaveChangesAsync(cancellationToken);
        return invoice.ToDto(UkTime.Today(clock));
    }
}
