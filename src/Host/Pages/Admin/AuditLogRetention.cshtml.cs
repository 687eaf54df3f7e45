using EqualityMark.Host.AuditLog;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Admin;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class AuditLogRetentionModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RetentionInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Input.Years = (await mediator.Send(new GetAuditLogRetentionQuery(), cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        int? years = int.TryParse(Input.Years, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return await this.SendFormAsync(mediator, new SetAuditLogRetentionCommand(years), "Input", "Input.Years", cancellationToken)
            ? Redirect("/admin/audit-log?done=retention")
            : Page();
    }

    public sealed class RetentionInput
    {
        public string? Years { get; set; }
    }
}
