using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Audits.Checking;

/// <summary>"Check before you send": the only way an audit is sent from the site.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AuditCheckPageModel(IMediator mediator) : PageModel
{
    public AuditCheckDto Check { get; private set; } = default!;

    /// <summary>Set when the send was refused because someone else sent the audit first.</summary>
    public string? Refused { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Check = await mediator.Send(new GetAuditCheckQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new SubmitAuditCommand(id), cancellationToken);
            return Redirect($"/audit/{id}?sent=1");
        }
        catch (RequestValidationException)
        {
            // The check below shows the problems with links to fix them.
        }
        catch (ConflictException exception)
        {
            Refused = exception.Message;
        }

        Check = await mediator.Send(new GetAuditCheckQuery(id), cancellationToken);
        return Page();
    }
}
