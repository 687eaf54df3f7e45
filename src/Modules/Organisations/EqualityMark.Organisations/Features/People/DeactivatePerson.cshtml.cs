using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.People;

/// <summary>The confirmation before someone is signed out and stopped from signing in.</summary>
[Authorize(Policy = Policies.CanInvite)]
public sealed class DeactivatePersonModel(IMediator mediator) : PageModel
{
    public PersonDto Person { get; private set; } = default!;

    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Person = await mediator.Send(new GetPersonQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new DeactivatePersonCommand(id), cancellationToken);
            return Redirect($"/people/{id}?done=deactivated");
        }
        catch (ConflictException exception)
        {
            Problem = exception.Message;
            Person = await mediator.Send(new GetPersonQuery(id), cancellationToken);
            return Page();
        }
    }
}
