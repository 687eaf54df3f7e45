using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The confirmation before an advisor's time for visits is removed.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class RemoveAvailabilityPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public AvailabilityDto Slot { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Slot = await mediator.Send(new GetAvailabilityQuery(id), cancellationToken);
        return AvailabilityRules.MayChange(user, Slot.AdvisorId) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await OnGetAsync(id, cancellationToken);
        if (found is not PageResult)
        {
            return found;
        }

        return await this.SendFormAsync(mediator, new RemoveAvailabilityCommand(id), string.Empty, string.Empty, cancellationToken)
            ? Redirect("/visits/availability?done=removed")
            : Page();
    }
}
