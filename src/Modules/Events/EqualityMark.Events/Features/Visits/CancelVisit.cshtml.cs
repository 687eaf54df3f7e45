using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The confirmation before a requested or confirmed visit is cancelled.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CancelVisitModel(IMediator mediator) : PageModel
{
    public VisitDto Visit { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Visit = (await mediator.Send(new GetVisitQuery(id), cancellationToken)).Visit;

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new CancelVisitCommand(id), string.Empty, string.Empty, cancellationToken))
        {
            return Redirect($"/visits/{id}?done=cancelled");
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
