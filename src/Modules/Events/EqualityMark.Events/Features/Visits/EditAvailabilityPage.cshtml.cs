using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Visits;

/// <summary>An advisor moves one of their times (an administrator anyone's).</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class EditAvailabilityPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public AvailabilityDto Slot { get; private set; } = default!;

    [BindProperty]
    public AvailabilityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, cancellationToken);
        if (found is not null)
        {
            Input = AvailabilityInput.Of(found);
        }

        return found is null ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null)
        {
            return Forbid();
        }

        var command = new UpdateAvailabilityCommand(id, Input.StartsAt, Input.EndsAt);
        return Input.DateIsReal(ModelState) && await this.SendFormAsync(mediator, command, "Input", string.Empty, cancellationToken, fieldMap: AvailabilityInput.Fields)
            ? Redirect("/visits/availability?done=changed")
            : Page();
    }

    /// <summary>The slot when the person may change it; null when it is someone else's (not found: 404 from the query).</summary>
    private async Task<AvailabilityDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        Slot = await mediator.Send(new GetAvailabilityQuery(id), cancellationToken);
        return AvailabilityRules.MayChange(user, Slot.AdvisorId) ? Slot : null;
    }
}
