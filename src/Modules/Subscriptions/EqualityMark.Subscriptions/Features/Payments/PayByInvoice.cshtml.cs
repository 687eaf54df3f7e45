using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// A school waiting to pay by card (after a failed or abandoned card payment, or when the authority takes no cards) asks for an
/// invoice instead. Refused input answers 400, a clash 409, each with the error summary (ADR 0022).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PayByInvoiceModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    [BindProperty]
    public PayByInvoiceInput Input { get; set; } = new();

    public string BackLink => currentUser.IsSchoolUser ? "/our-package" : $"/subscriptions/{Subscription.Id}";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var invoice = await this.SendFormWithStatusAsync(mediator, new PayByInvoiceCommand(id, Input.PurchaseOrderNumber), "Input", "Input.PurchaseOrderNumber", cancellationToken);
        if (invoice is not null)
        {
            return Redirect(currentUser.IsSchoolUser ? $"/our-package?invoiced={invoice.Id}" : $"/invoices/{invoice.Id}");
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public sealed class PayByInvoiceInput
    {
        public string? PurchaseOrderNumber { get; set; }
    }
}
