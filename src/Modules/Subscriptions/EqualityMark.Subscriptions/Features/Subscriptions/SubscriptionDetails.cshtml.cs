using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SubscriptionDetailsModel(IMediator mediator) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = default!;

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Subscription = await mediator.Send(new GetSubscriptionQuery(id), cancellationToken);
        Invoices = (await mediator.Send(new ListInvoicesQuery(Subscription.SchoolId), cancellationToken)).Where(i => i.SubscriptionId == id).ToList();
    }
}
