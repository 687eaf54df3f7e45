using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>The check page before an administrator issues a subscription's invoice: it takes the next invoice number and is emailed.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class IssueInvoiceModel(IMediator mediator) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    public SubscriptionSettingsDto Terms { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);
        Terms = await mediator.Send(new GetSubscriptionSettingsQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var invoice = await this.SendFormWithStatusAsync(mediator, new IssueSubscriptionInvoiceCommand(id), string.Empty, string.Empty, cancellationToken);
        if (invoice is not null)
        {
            return Redirect($"/subscriptions/{id}?done={SubscriptionDone.InvoiceIssued}");
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
