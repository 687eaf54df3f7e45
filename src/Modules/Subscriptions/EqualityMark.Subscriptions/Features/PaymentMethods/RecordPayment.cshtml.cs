using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>The confirmation page before an administrator records a subscription's invoice as paid, which makes it active.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class RecordPaymentModel(IMediator mediator) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    /// <summary>The subscription's open invoice for its package, if there is one.</summary>
    public InvoiceDto? Invoice { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);
        Invoice = (await mediator.Send(new ListInvoicesQuery(Subscription.SchoolId), cancellationToken))
            .FirstOrDefault(i => i.SubscriptionId == id && i.UpgradeToPackageName is null && i.Status == InvoiceStatus.Open);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var paid = await this.SendFormWithStatusAsync(mediator, new RecordSubscriptionPaymentCommand(id), string.Empty, string.Empty, cancellationToken);
        if (paid is not null)
        {
            return Redirect($"/subscriptions/{id}?done={SubscriptionDone.PaymentRecorded}");
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
