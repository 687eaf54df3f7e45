using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Settings;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class EventSettingsPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await mediator.Send(new GetEventSettingsQuery(), cancellationToken);
        Input = new SettingsInput { CancellationNoticeDays = settings.CancellationNoticeDays, ReminderDays = settings.ReminderDays };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Saved = await this.SendFormAsync(mediator, new UpdateEventSettingsCommand(Input.CancellationNoticeDays, Input.ReminderDays), "Input", string.Empty, cancellationToken);
        return Page();
    }

    public sealed class SettingsInput
    {
        public int? CancellationNoticeDays { get; set; }

        public int? ReminderDays { get; set; }
    }
}
