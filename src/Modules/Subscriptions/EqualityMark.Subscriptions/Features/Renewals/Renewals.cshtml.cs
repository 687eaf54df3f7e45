using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Renewals;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class RenewalsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SubscriptionDto> Due { get; private set; } = [];

    public IReadOnlyList<SubscriptionDto> Lapsed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Due = await mediator.Send(new ListSubscriptionsQuery(SubscriptionStatus.RenewalDue), cancellationToken);
        Lapsed = await mediator.Send(new ListSubscriptionsQuery(SubscriptionStatus.Lapsed), cancellationToken);
    }
}
