using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>An administrator changes how a subscription awaiting payment is paid (ADR 0022).</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class ChangePaymentMethodModel(IMediator mediator) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    public PaymentMethodsDto Methods { get; private set; } = default!;

    [BindProperty]
    public PaymentMethodInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input.PurchaseOrderNumber ??= Subscription.PurchaseOrderNumber;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var changed = await this.SendFormWithStatusAsync(
            mediator, new ChangePaymentMethodCommand(id, Input.PaymentMethod, Input.PurchaseOrderNumber), "Input", "Input.PaymentMethod", cancellationToken);
        if (changed is not null)
        {
            return Redirect($"/subscriptions/{id}?done={SubscriptionDone.MethodChanged}");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);
        Methods = await mediator.Send(new GetPaymentMethodsQuery(), cancellationToken);
    }

    public sealed class PaymentMethodInput
    {
        public PaymentMethod? PaymentMethod { get; set; }

        public string? PurchaseOrderNumber { get; set; }
    }
}
