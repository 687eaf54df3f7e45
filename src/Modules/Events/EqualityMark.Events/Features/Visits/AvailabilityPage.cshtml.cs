using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Visits;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class AvailabilityPageModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<AvailabilityDto> Slots { get; private set; } = [];

    [BindProperty]
    public SlotInput Input { get; set; } = new();

    private static readonly Dictionary<string, string> Fields = new() { ["StartsAt"] = "Input.Date", ["EndsAt"] = "Input.Until" };

    public async Task OnGetAsync(CancellationToken cancellationToken) => Slots = await mediator.Send(new ListAvailabilityQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new PublishAvailabilityCommand(Times.FromLondon(Input.Date.Date, Input.From), Times.FromLondon(Input.Date.Date, Input.Until));
        if (ModelState.ExplainUnrealDates(("Input.Date", Input.Date, "Date"))
            && await this.SendFormAsync(mediator, command, "Input", string.Empty, cancellationToken, fieldMap: Fields))
        {
            return RedirectToPage();
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class SlotInput
    {
        public DateInput Date { get; set; } = new();

        public TimeOnly? From { get; set; } = new(9, 0);

        public TimeOnly? Until { get; set; } = new(15, 0);
    }
}
