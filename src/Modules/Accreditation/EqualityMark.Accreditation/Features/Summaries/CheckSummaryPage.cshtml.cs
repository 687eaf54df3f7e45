using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>Check your answers and the readiness check, then send: sending locks the summary until the team decides.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CheckSummaryPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public SummaryDetailsDto Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new SendSummaryCommand(Id, Version), string.Empty, "Conflict", cancellationToken))
        {
            return Redirect($"/accreditation/summaries/{Id}?done=sent");
        }

        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        return Page();
    }
}
