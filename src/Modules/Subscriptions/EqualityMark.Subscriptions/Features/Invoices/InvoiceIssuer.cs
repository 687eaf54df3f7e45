using EqualityMark.Shared.Time;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>
/// Issues a numbered full VAT invoice for a subscription and emails the school its link; a card payment gets one already
/// paid, as its receipt. The authority's name, address and VAT number, the school's address, each line's VAT treatment and
/// rate and the VAT by rate are copied onto the invoice here, when it is raised.
/// </summary>
internal sealed class InvoiceIssuer(SubscriptionsDbContext db, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links, TimeProvider clock)
{
    /// <summary>The one line for a subscription's package and period.</summary>
    public static InvoiceLineDraft PackageLine(Subscription subscription) =>
        new($"{subscription.PackageName} package, {subscription.PhaseBandName}, {subscription.PeriodStart:d MMMM yyyy} to {subscription.PeriodEnd:d MMMM yyyy}", 1, subscription.PricePence);

    /// <summary>The invoice for the subscription's package at the VAT fixed with its price.</summary>
    public static InvoiceDraft PackageInvoice(Subscription subscription) => new([PackageLine(subscription)], subscription.Vat, subscription.PurchaseOrderNumber);

    public async Task<Invoice> IssueAsync(Subscription subscription, InvoiceDraft draft, CancellationToken cancellationToken)
    {
        var invoice = await AddAsync(subscription, draft, cancellationToken);
        var purchaseOrderNumber = draft.PurchaseOrderNumber;
        var total = Money.Format(invoice.NetPence + invoice.VatPence);
        await EmailAsync(subscription, invoice, $"Invoice {Invoice.ReferenceFor(invoice.Number)} from {tenant.Tenant!.Name}",
            $"is ready:", $"Total {total}, due by {invoice.DueOn:d MMMM yyyy}.{(purchaseOrderNumber is null ? string.Empty : $" Your purchase order: {purchaseOrderNumber}.")}",
            cancellationToken);
        return invoice;
    }

    /// <summary>The receipt for a card payment: the package's invoice, paid by card with Stripe's payment reference.</summary>
    public async Task<Invoice> IssueCardReceiptAsync(Subscription subscription, string? paymentReference, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        var invoice = await AddAsync(subscription, PackageInvoice(subscription) with { PurchaseOrderNumber = null }, cancellationToken, invoice =>
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

    private async Task<Invoice> AddAsync(Subscription subscription, InvoiceDraft draft, CancellationToken cancellationToken, Action<Invoice>? settle = null)
    {
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var today = UkTime.Today(clock);
        var lines = draft.Lines.Select((l, i) => new InvoiceLine
        {
            Position = i + 1, Description = l.Description, Quantity = l.Quantity, UnitPricePence = l.UnitPricePence,
            AmountPence = l.Quantity * l.UnitPricePence, VatTreatment = draft.Vat.Treatment, VatRatePercent = draft.Vat.RatePercent,
        }).ToList();
        var invoice = new Invoice
        {
            Number = await SettingsStore.NextInvoiceNumberAsync(db, cancellationToken),
            SubscriptionId = subscription.Id,
            SchoolId = subscription.SchoolId,
            SchoolName = subscription.SchoolName,
            PurchaseOrderNumber = draft.PurchaseOrderNumber,
            IssuedOn = today,
            TaxPointOn = today,
            DueOn = today.AddDays(settings.PaymentTermsDays),
            Status = InvoiceStatus.Open,
            VatPence = Invoice.VatByRate(lines).Sum(v => v.VatPence),
            SupplierName = tenant.Tenant!.Name,
            SupplierAddressLine1 = settings.AddressLine1,
            SupplierAddressLine2 = settings.AddressLine2,
            SupplierTown = settings.AddressTown,
            SupplierPostcode = settings.AddressPostcode,
            SupplierVatNumber = settings.VatRegistrationNumber,
            CustomerAddressLine1 = subscription.SchoolAddressLine1,
            CustomerTown = subscription.SchoolTown,
            CustomerPostcode = subscription.SchoolPostcode,
            UpgradeToPackageId = draft.UpgradeToPackageId,
            UpgradeToPackageName = draft.UpgradeToPackageName,
        };
        invoice.Lines.AddRange(lines.Select(l => new InvoiceLine
        {
            InvoiceId = invoice.Id, Position = l.Position, Description = l.Description, Quantity = l.Quantity, UnitPricePence = l.UnitPricePence,
            AmountPence = l.AmountPence, VatTreatment = l.VatTreatment, VatRatePercent = l.VatRatePercent,
        }));
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
