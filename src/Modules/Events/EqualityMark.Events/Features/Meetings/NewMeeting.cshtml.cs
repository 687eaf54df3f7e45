using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class NewMeetingModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    private static readonly Dictionary<string, string> FieldMap = new()
    {
        ["StartsAt"] = "Input.Date",
        ["EndsAt"] = "Input.EndTime",
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new CreateMeetingCommand(
            Input.Term ?? string.Empty, Input.Title ?? string.Empty, Input.Agenda,
            Times.FromLondon(Input.Date.Date, Input.StartTime), Times.FromLondon(Input.Date.Date, Input.EndTime),
            Input.Venue, Input.OnlineLink, Input.Capacity, Times.FromLondon(Input.BookingDeadline.Date, new TimeOnly(23, 59)), Input.Materials);
        MeetingDto? meeting = null;
        if (ModelState.ExplainUnrealDates(("Input.Date", Input.Date, "Date of the meeting"), ("Input.BookingDeadline", Input.BookingDeadline, "Booking closing date")))
        {
            await this.SendFormAsync(mediator, command, "Input", "Input.Title", cancellationToken, m => meeting = m, FieldMap);
        }

        return meeting is null ? Page() : Redirect($"/meetings/{meeting.Id}?done=created");
    }

    public sealed class MeetingInput
    {
        public string? Term { get; set; }

        public string? Title { get; set; } = "Equality co-ordinators' network meeting";

        public string? Agenda { get; set; }

        public DateInput Date { get; set; } = new();

        public TimeOnly? StartTime { get; set; } = new(13, 30);

        public TimeOnly? EndTime { get; set; } = new(15, 30);

        public string? Venue { get; set; }

        public string? OnlineLink { get; set; }

        public int? Capacity { get; set; } = 60;

        public DateInput BookingDeadline { get; set; } = new();

        public string? Materials { get; set; }
    }
}
