using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>
/// Quotes an upgrade, and makes it: the invoice for the prorated difference is raised now; the package changes only
/// when that invoice is paid (SubscriptionPayments.InvoicePaidAsync, ADR 0018).
/// </summary>
internal sealed class UpgradeSubscriptionHandler(UpgradeQuoter quoter, InvoiceIssuer invoices, TimeProvider clock, Data.SubscriptionsDbContext db)
    : IRequestHandler<UpgradeSubscriptionCommand, SubscriptionDto>, IRequestHandler<GetUpgradeQuoteQuery, UpgradeQuoteDto>
{
    public async Task<UpgradeQuoteDto> Handle(GetUpgradeQuoteQuery request, CancellationToken cancellationToken) =>
        (await quoter.QuoteAsync(request.SubscriptionId, request.PackageId!.Value, request.PurchaseOrderNumber, cancellationToken)).Dto;

    public async Task<SubscriptionDto> Handle(UpgradeSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var (subscription, package, quote, vat) = await quoter.QuoteAsync(request.SubscriptionId, request.PackageId!.Value, request.PurchaseOrderNumber, cancellationToken);
        var line = new InvoiceLineDraft(UpgradeLine.Describe(quote), 1, quote.NetPence);
        var invoice = await invoices.IssueAsync(subscription, new InvoiceDraft([line], vat, quote.PurchaseOrderNumber, package.Id, package.Name), cancellationToken);
        subscription.MoveTo(subscription.Status, clock.GetUtcNow(),
            $"Upgrade to {package.Name} invoiced ({invoice.ReferenceText}, {Money.Format(invoice.NetPence + invoice.VatPence)}): it applies when the invoice is paid");
        await db.SaveChangesAsync(cancellationToken);
        return SubscriptionReader.ToDto(subscription);
    }
}
