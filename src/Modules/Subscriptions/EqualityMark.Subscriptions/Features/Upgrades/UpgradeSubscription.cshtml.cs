using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Subscriptions.Features.Upgrades;

[Authorize(Policy = Policies.SignedIn)]
public sealed class UpgradeSubscriptionModel(IMediator mediator) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Options { get; private set; } = [];

    [BindProperty]
    public UpgradeInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var upgraded = await this.TrySendAsync(mediator, new UpgradeSubscriptionCommand(id, Input.PackageId, Input.PurchaseOrderNumber), "Input.PackageId", cancellationToken);
        if (upgraded is not null)
        {
            return Redirect($"/subscriptions/{id}");
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
                .Select(p => (Package: p, Price: p.Prices.FirstOrDefault(x => x.PhaseBandName == Subscription.PhaseBandName)?.AmountPence ?? 0))
                .Where(p => p.Package.Id != Subscription.PackageId && p.Price > Subscription.PricePence)
                .Select(p => new SelectListItem($"{p.Package.Name}: pay {Money.Format(p.Price - Subscription.PricePence)} more", p.Package.Id.ToString())),
        ];
    }

    public sealed class UpgradeInput
    {
        public Guid? PackageId { get; set; }

        public string? PurchaseOrderNumber { get; set; }
    }
}
