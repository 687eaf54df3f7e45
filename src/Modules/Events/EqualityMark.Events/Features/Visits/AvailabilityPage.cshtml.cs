using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Visits;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class AvailabilityPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<AvailabilityDto> Slots { get; private set; } = [];

    [BindProperty]
    public AvailabilityInput Input { get; set; } = new();

    /// <summary>After POST-redirect-GET: what was just done (?done=added|changed|removed).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done switch
    {
        "added" => "Availability added",
        "changed" => "Availability changed",
        "removed" => "Availability removed",
        _ => null,
    };

    public bool IsAdvisor => user.Role == Roles.Advisor;

    public bool MayChange(AvailabilityDto slot) => AvailabilityRules.MayChange(user, slot.AdvisorId);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Slots = await mediator.Send(new ListAvailabilityQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new PublishAvailabilityCommand(Input.StartsAt, Input.EndsAt);
        if (Input.DateIsReal(ModelState) && await this.SendFormAsync(mediator, command, "Input", string.Empty, cancellationToken, fieldMap: AvailabilityInput.Fields))
        {
            return RedirectToPage(new { done = "added" });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
