using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>Step 6 for a school: a task list of its badges (start, continue or read each summary), its awards and the Mark.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AccreditationHomeModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Notice => AccreditationNotices.Message(Done);

    public AccreditationHomeDto Home { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (School is null && user.IsAuthorityStaff)
        {
            return Redirect("/accreditation/review");
        }

        Home = await mediator.Send(new GetAccreditationHomeQuery(School), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string strandKey, CancellationToken cancellationToken)
    {
        Guid id = default;
        if (await this.SendFormAsync(mediator, new StartSummaryCommand(School, strandKey), string.Empty, "Badges", cancellationToken, r => id = r,
            new Dictionary<string, string> { ["StrandKey"] = "Badges" }))
        {
            return Redirect($"/accreditation/summaries/{id}?done=started");
        }

        Home = await mediator.Send(new GetAccreditationHomeQuery(School), cancellationToken);
        return Page();
    }
}
