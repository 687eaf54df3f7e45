using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Dashboard;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class EventsDashboardPageModel(IMediator mediator) : PageModel
{
    public EventsDashboardDto Dashboard { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await mediator.Send(new GetEventsDashboardQuery(Request.PageNumber()), cancellationToken);
}
