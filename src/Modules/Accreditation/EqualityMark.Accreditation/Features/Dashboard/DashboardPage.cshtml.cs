using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Dashboard;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class DashboardPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public SchoolPhase? Phase { get; set; }

    internal AccreditationDashboardDto Dashboard { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await mediator.Send(new GetAccreditationDashboardQuery(PageNumber, Phase), cancellationToken);
}
