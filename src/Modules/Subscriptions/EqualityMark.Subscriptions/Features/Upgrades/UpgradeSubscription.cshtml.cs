using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>Step 1 of an upgrade: the package (and purchase order if the school pays by invoice); the price is shown on the next page before anything is invoiced.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class UpgradeSubscriptionModel(IMediator mediator) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Options { get; private set; } = [];

    public bool PurchaseOrderRequired => PurchaseOrderRule.IsRequiredFor(Subscription.PaymentMethod);

    [BindProperty(SupportsGet = true)]
    public UpgradeInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var quote = await this.TrySendAsync(mediator, new GetUpgradeQuoteQuery(id, Input.PackageId, Input.PurchaseOrderNumber), "Input.PackageId", cancellationToken);
        if (quote is not null)
        {
            return Redirect(UpgradeCheckModel.LinkFor(id, quote.ToPackageId, quote.PurchaseOrderNumber));
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);
        var catalogue = await mediator.Send(new GetCatalogueQuery(), cancellationToken);
        Options =
        [
            new SelectListItem("Choose a package", string.Empty),
            .. catalogue.Packages
                .Select(p => (Package: p, Price: p.Prices.FirstOrDefault(x => x.IsSet && (x.PhaseBandId == Subscription.PhaseBandId || x.PhaseBandName == Subscription.PhaseBandName))?.AmountPence ?? 0))
                .Where(p => p.Package.Id != Subscription.PackageId && p.Price > Subscription.PricePence)
                .Select(p => new SelectListItem($"{p.Package.Name}: {Money.Format(p.Price)} a year, {Money.Format(p.Price - Subscription.PricePence)} more before proration", p.Package.Id.ToString())),
        ];
    }

    public sealed class UpgradeInput
    {
        public Guid? PackageId { get; set; }

        public string? PurchaseOrderNumber { get; set; }
    }
}
