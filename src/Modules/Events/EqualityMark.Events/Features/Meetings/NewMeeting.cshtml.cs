using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class NewMeetingModel(IMediator mediator) : PageModel, IMeetingForm
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new CreateMeetingCommand(
            Input.Term ?? string.Empty, Input.Title ?? string.Empty, Input.Agenda,
            Input.StartsAt, Input.EndsAt, Input.Venue, Input.OnlineLink, Input.Capacity, Input.ClosesAt, Input.Materials);
        MeetingDto? meeting = null;
        if (Input.DatesAreReal(ModelState))
        {
            await this.SendFormAsync(mediator, command, "Input", "Input.Title", cancellationToken, m => meeting = m, MeetingInput.Fields);
        }

        return meeting is null ? Page() : Redirect($"/meetings/{meeting.Id}?done=created");
    }
}
