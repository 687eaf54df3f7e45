using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class AdminSubscriptionsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SubscriptionDto> Subscriptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Subscriptions = await mediator.Send(new ListSubscriptionsQuery(), cancellationToken);
}
