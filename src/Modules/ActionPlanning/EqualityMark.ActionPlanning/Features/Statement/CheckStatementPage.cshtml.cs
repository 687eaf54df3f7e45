using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>Check your answers, then publish: a new numbered publication the public page shows at once.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CheckStatementPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    public StatementDraftDto Draft { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Draft = await mediator.Send(new GetStatementDraftQuery(School), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var published = await mediator.Send(new PublishStatementCommand(School), cancellationToken);
            return Redirect($"/action-plan/equality-statement?published={published.Version}{(School is { } s ? $"&school={s}" : "")}");
        }
        catch (RequestValidationException exception)
        {
            ModelState.AddValidationErrors(exception);
        }

        Draft = await mediator.Send(new GetStatementDraftQuery(School), cancellationToken);
        return Page();
    }
}
