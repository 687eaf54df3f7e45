using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Admin;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class MailModel(IMediator mediator, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<OutboundEmailDto> Emails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Email:MailViewer:Enabled"))
        {
            return NotFound();
        }

        Emails = await mediator.Send(new ListOutboundEmailsQuery(), cancellationToken);
        return Page();
    }
}
