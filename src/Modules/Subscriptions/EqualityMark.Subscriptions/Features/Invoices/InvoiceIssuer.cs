using EqualityMark.Shared.Time;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>Issues a numbered invoice for a subscription and emails the school its link; a card payment gets one already paid, as its receipt.</summary>
internal sealed class InvoiceIssuer(SubscriptionsDbContext db, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links, TimeProvider clock)
{
    /// <summary>The one line for a subscription's package and period.</summary>
    public static (string Description, long AmountPence) PackageLine(Subscription subscription) =>
        ($"{subscription.PackageName} package, {subscription.PhaseBandName}, {subscription.PeriodStart:d MMMM yyyy} to {subscription.PeriodEnd:d MMMM yyyy}", subscription.PricePence);

    public async Task<Invoice> IssueAsync(
        Subscription subscription, IReadOnlyList<(string Description, long AmountPence)> lines, long vatPence, string? purchaseOrderNumber, CancellationToken cancellationToken)
    {
        var invoice = await AddAsync(subscription, lines, vatPence, purchaseOrderNumber, cancellationToken);
        var total = Money.Format(invoice.NetPence + invoice.VatPence);
        await EmailAsync(subscription, invoice, $"Invoice {Invoice.ReferenceFor(invoice.Number)} from {tenant.Tenant!.Name}",
            $"is ready:", $"Total {total}, due by {invoice.DueOn:d MMMM yyyy}.{(purchaseOrderNumber is null ? string.Empty : $" Your purchase order: {purchaseOrderNumber}.")}",
            cancellationToken);
        return invoice;
    }

    /// <summary>The receipt for a card payment: the package's invoice, paid by card with Stripe's payment reference.</summary>
    public async Task<Invoice> IssueCardReceiptAsync(Subscription subscription, string? paymentReference, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        var invoice = await AddAsync(subscription, [PackageLine(subscription)], subscription.VatPence, null, cancellationToken, invoice =>
        {
            invoice.Status = InvoiceStatus.Paid;
            invoice.PaidAt = paidAt;
            invoice.PaidBy = PaymentMethod.Card;
            invoice.PaymentReference = paymentReference;
        });
        await EmailAsync(subscription, invoice, $"Receipt {Invoice.ReferenceFor(invoice.Number)} from {tenant.Tenant!.Name}",
            "is paid, thank you. Your receipt:", $"Paid by card: {Money.Format(invoice.NetPence + invoice.VatPence)}.", cancellationToken);
        return invoice;
    }

    private async Task<Invoice> AddAsync(
        Subscription subscription, IReadOnlyList<(string Description, long AmountPence)> lines, long vatPence, string? purchaseOrderNumber,
        CancellationToken cancellationToken, Action<Invoice>? settle = null)
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
        settle?.Invoke(invoice);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return invoice;
    }

    private async Task EmailAsync(Subscription subscription, Invoice invoice, string subject, string opening, string closing, CancellationToken cancellationToken)
    {
        var programme = tenant.Tenant!;
        var body = $"""
            Dear {subscription.ContactName},

            Invoice {Invoice.ReferenceFor(invoice.Number)} for {subscription.SchoolName} ({programme.ProgrammeName}) {opening}
            {links.For(programme.Code, $"/invoices/{invoice.Id}")}

            {closing}

            {programme.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(subscription.ContactEmail, subject, body, "Invoice"), cancellationToken);
    }
}
