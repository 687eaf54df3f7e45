using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>Check your answers before an upgrade is invoiced: the packages, the proration worked out, VAT and the total.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class UpgradeCheckModel(IMediator mediator) : PageModel
{
    public UpgradeQuoteDto Quote { get; private set; } = default!;

    [BindProperty(SupportsGet = true, Name = "packageId")]
    public Guid? PackageId { get; set; }

    [BindProperty(SupportsGet = true, Name = "purchaseOrderNumber")]
    public string? PurchaseOrderNumber { get; set; }

    public static string LinkFor(Guid subscriptionId, Guid packageId, string? purchaseOrderNumber) =>
        $"/subscriptions/{subscriptionId}/upgrade/check?packageId={packageId}" +
        (purchaseOrderNumber is null ? string.Empty : $"&purchaseOrderNumber={Uri.EscapeDataString(purchaseOrderNumber)}");

    public string ChangeLink => $"/subscriptions/{Quote.SubscriptionId}/upgrade?Input.PackageId={Quote.ToPackageId}" +
        (Quote.PurchaseOrderNumber is null ? string.Empty : $"&Input.PurchaseOrderNumber={Uri.EscapeDataString(Quote.PurchaseOrderNumber)}");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Quote = await mediator.Send(new GetUpgradeQuoteQuery(id, PackageId, PurchaseOrderNumber), cancellationToken);
            return Page();
        }
        catch (RequestValidationException)
        {
            // A hand-made or stale link: start again where the answers are asked.
            return Redirect($"/subscriptions/{id}/upgrade");
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new UpgradeSubscriptionCommand(id, PackageId, PurchaseOrderNumber), cancellationToken);
            return Redirect($"/subscriptions/{id}?upgraded=true");
        }
        catch (RequestValidationException)
        {
            return Redirect($"/subscriptions/{id}/upgrade");
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
