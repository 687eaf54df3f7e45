using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Settings;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class SettingsPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public int? DueSoonDays { get; set; }

    [BindProperty]
    public int? QuietWeeks { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Notice => PlanNotices.Message(Done);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await mediator.Send(new GetActionPlanSettingsQuery(), cancellationToken);
        (DueSoonDays, QuietWeeks) = (settings.DueSoonDays, settings.QuietWeeks);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.SendFormAsync(mediator, new UpdateActionPlanSettingsCommand(DueSoonDays, QuietWeeks), string.Empty, nameof(DueSoonDays), cancellationToken)
            ? Redirect("/action-plan/settings?done=settings-saved")
            : Page();
}
