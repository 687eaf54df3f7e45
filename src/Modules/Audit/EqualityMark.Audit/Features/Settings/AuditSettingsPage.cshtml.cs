using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Settings;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class AuditSettingsPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await mediator.Send(new GetAuditSettingsQuery(), cancellationToken);
        Input = new SettingsInput
        {
            SuppressionThreshold = settings.SuppressionThreshold,
            AuditDueMonth = settings.AuditDueMonth,
            DelegationReminderDays = settings.DelegationReminderDays,
            SubmissionReminderDays = settings.SubmissionReminderDays,
            ShareBenchmarks = settings.ShareBenchmarks,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new UpdateAuditSettingsCommand(
            Input.SuppressionThreshold, Input.AuditDueMonth, Input.DelegationReminderDays, Input.SubmissionReminderDays, Input.ShareBenchmarks);
        Saved = await this.TrySendAsync(mediator, command, string.Empty, cancellationToken) is not null;
        return Page();
    }

    public sealed class SettingsInput
    {
        public int? SuppressionThreshold { get; set; }

        public int? AuditDueMonth { get; set; }

        public int? DelegationReminderDays { get; set; }

        public int? SubmissionReminderDays { get; set; }

        public bool ShareBenchmarks { get; set; } = true;
    }
}
