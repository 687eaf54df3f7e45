using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.SignUps;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class SignUpsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SignUpDto> SignUps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        SignUps = await mediator.Send(new ListSignUpsQuery(SignUpStatus.AwaitingReview), cancellationToken);
}
