using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Setup;

/// <summary>Check your answers before the programme opens to schools (it cannot be closed again from here).</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class GoLiveModel(IMediator mediator) : PageModel
{
    internal SetupDto Setup { get; private set; } = default!;

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Setup = await mediator.Send(new GetSetupQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new GoLiveCommand(), cancellationToken);
            return Redirect("/setup?done=live");
        }
        catch (ConflictException exception)
        {
            Problem = exception.Message;
            Setup = await mediator.Send(new GetSetupQuery(), cancellationToken);
            return Page();
        }
    }
}
