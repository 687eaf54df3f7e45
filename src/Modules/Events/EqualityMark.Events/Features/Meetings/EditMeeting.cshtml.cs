using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>
/// An administrator changes a meeting. The form carries the version it was opened at: if someone saved first, the page
/// keeps what this person typed, shows the meeting as it now is and takes the newer version, so saving again is a choice.
/// </summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class EditMeetingModel(IMediator mediator) : PageModel, IMeetingForm
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Guid Id { get; private set; }

    /// <summary>The meeting as someone else saved it, after a clash.</summary>
    public MeetingDto? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var meeting = (await mediator.Send(new GetMeetingQuery(id), cancellationToken)).Meeting;
        if (meeting.Cancelled)
        {
            return Redirect($"/meetings/{id}");
        }

        (Input, Version) = (MeetingInput.Of(meeting), meeting.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var command = new UpdateMeetingCommand(id, Version, Input.Term ?? string.Empty, Input.Title ?? string.Empty, Input.Agenda,
            Input.StartsAt, Input.EndsAt, Input.Venue, Input.OnlineLink, Input.Capacity, Input.ClosesAt, Input.Materials);
        if (!Input.DatesAreReal(ModelState))
        {
            return Page();
        }

        try
        {
            await mediator.Send(command, cancellationToken);
            return Redirect($"/meetings/{id}?done=changed");
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, "Input", MeetingInput.Fields);
        }
        catch (ConflictException clash)
        {
            ModelState.AddModelError(string.Empty, clash.Message);
            if (clash.Current is MeetingDto current)
            {
                (Current, Version) = (current, current.Version);
            }
        }

        return Page();
    }
}
