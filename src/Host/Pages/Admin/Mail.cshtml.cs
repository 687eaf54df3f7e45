using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Admin;

/// <summary>
/// The authority's recent emails and whether they were delivered. Bodies (which hold invitation links) are
/// shown only where the mail viewer is switched on: local and test sites.
/// </summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class MailModel(IMediator mediator, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<OutboundEmailDto> Emails { get; private set; } = [];

    public bool ShowBodies { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ShowBodies = configuration.GetValue<bool>("Email:MailViewer:Enabled");
        Emails = await mediator.Send(new ListOutboundEmailsQuery(), cancellationToken);
    }
}
