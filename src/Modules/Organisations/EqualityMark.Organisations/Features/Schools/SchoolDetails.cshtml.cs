using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Schools;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolDetailsModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public SchoolDto School { get; private set; } = default!;

    public IReadOnlyList<PersonDto> People { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        School = await mediator.Send(new GetSchoolQuery(id), cancellationToken);
        if (currentUser.IsAuthorityStaff || currentUser.Role == Roles.SchoolCoordinator)
        {
            People = await mediator.Send(new ListPeopleQuery(id), cancellationToken);
        }
    }
}
