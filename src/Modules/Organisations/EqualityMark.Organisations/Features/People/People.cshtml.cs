using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.People;

[Authorize(Policy = Policies.CanInvite)]
public sealed class PeopleModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public IReadOnlyList<PersonDto> People { get; private set; } = [];

    public bool IsCoordinator => currentUser.Role == Roles.SchoolCoordinator;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await mediator.Send(new ListPeopleQuery(), cancellationToken);
}
