using EqualityMark.Shared.Time;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>Issues a numbered invoice for a subscription and emails the school its link.</summary>
internal sealed class InvoiceIssuer(SubscriptionsDbContext db, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links, TimeProvider clock)
{
    public async Task<Invoice> IssueAsync(
        Subscription subscription, IReadOnlyList<(string Description, long AmountPence)> lines, long vatPence, string? purchaseOrderNumber, CancellationToken cancellationToken)
    {
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var today = UkTime.Today(clock);
        var invoice = new Invoice
        {
            Number = await SettingsStore.NextInvoiceNumberAsync(db, cancellationToken),
            SubscriptionId = subscription.Id,
            SchoolId = subscription.SchoolId,
            SchoolName = subscription.SchoolName,
            PurchaseOrderNumber = purchaseOrderNumber,
            IssuedOn = today,
            DueOn = today.AddDays(settings.PaymentTermsDays),
            Status = InvoiceStatus.Open,
            VatPence = vatPence,
        };
        invoice.Lines.AddRange(lines.Select((l, i) => new InvoiceLine { InvoiceId = invoice.Id, Position = i + 1, Description = l.Description, AmountPence = l.AmountPence }));
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);

        var programme = tenant.Tenant!;
        var body = $"""
            Dear {subscription.ContactName},

            Invoice {Invoice.ReferenceFor(invoice.Number)} for {subscription.SchoolName} ({programme.ProgrammeName}) is ready:
            {links.For(programme.Code, $"/invoices/{invoice.Id}")}

            Total {Money.Format(invoice.NetPence + invoice.VatPence)}, due by {invoice.DueOn:d MMMM yyyy}.{(purchaseOrderNumber is null ? string.Empty : $" Your purchase order: {purchaseOrderNumber}.")}

            {programme.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(subscription.ContactEmail, $"Invoice {Invoice.ReferenceFor(invoice.Number)} from {programme.Name}", body, "Invoice"), cancellationToken);
        return invoice;
    }
}
