using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Leaving;

/// <summary>The confirmation before a school that leaves is deleted: what goes, what is kept, download first.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class DeleteSchoolModel(IMediator mediator) : PageModel
{
    public SchoolDto School { get; private set; } = default!;

    [BindProperty]
    public string? ConfirmSchoolName { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        School = await mediator.Send(new GetSchoolQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        School = await mediator.Send(new GetSchoolQuery(id), cancellationToken);
        try
        {
            await mediator.Send(new DeleteSchoolCommand(id, ConfirmSchoolName ?? ""), cancellationToken);
            return Redirect("/schools?deleted=" + Uri.EscapeDataString(School.Name));
        }
        catch (RequestValidationException exception)
        {
            ModelState.AddValidationErrors(exception, prefix: "");
            return Page();
        }
        catch (ConflictException exception)
        {
            Problem = exception.Message;
            return Page();
        }
    }
}
