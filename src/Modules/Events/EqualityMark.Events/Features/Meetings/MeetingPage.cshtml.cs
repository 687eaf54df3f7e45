using System.Globalization;
using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

[Authorize(Policy = Policies.SignedIn)]
public sealed class MeetingPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public MeetingDetailsDto Details { get; private set; } = default!;

    /// <summary>The page of places shown in the table ("?page=", the nearest page when out of range).</summary>
    public PagedList<BookingDto> Places { get; private set; } = new([], 0, 1, ListMeetingBookingsQuery.PageSize);

    public bool IsStaff => user.IsAuthorityStaff;

    public bool IsAdmin => user.IsAuthorityAdmin;

    public bool CanBook => user.IsSchoolUser;

    /// <summary>The meeting is in the person's calendar (staff: every meeting; school users: once a place is booked), so its .ics file opens.</summary>
    public bool InCalendar => !Details.Meeting.Cancelled && (IsStaff || Details.YourPlaces.Any(b => b.Status == BookingStatus.Booked));

    public bool CanChange(BookingDto booking) => Shared.BookingRules.MayChange(user, booking.AttendeeEmail);

    [BindProperty]
    public BookInput Book { get; set; } = new();

    [BindProperty]
    public MessageInput Message { get; set; } = new();

    /// <summary>After POST-redirect-GET: what was just done (?done=…), to whom (?name=…), to how many (?sent=…).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? DoneTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Sent { get; set; }

    public string? Banner => Done switch
    {
        "created" => "Meeting created. Schools can now book places",
        "changed" => "Meeting changed. If its date, time or place changed, everyone booked or waiting has been emailed",
        "meeting-cancelled" => "Meeting cancelled. Everyone booked or waiting has been emailed",
        "booked" => "Places booked",
        "waiting" => "Your representatives are on the waiting list. We will tell you when there are places",
        "place-cancelled" => $"{DoneTo}'s place cancelled",
        "attendance" => $"Attendance saved for {DoneTo}",
        "message-sent" => $"Message sent to {Sent} {(Sent == 1 ? "person" : "people")}",
        "offer-accepted" => "Places taken. The representatives you chose have been told; the others are still on the waiting list.",
        "offer-declined" => "Your representatives are still waiting together. We will tell you when there are places for everyone.",
        _ => null,
    };

    private static readonly Dictionary<string, string> BookingFields = new()
    {
        ["Attendees"] = "Book.Name1",
        ["Attendees[0].Name"] = "Book.Name1",
        ["Attendees[0].Email"] = "Book.Email1",
        ["Attendees[1].Name"] = "Book.Name2",
        ["Attendees[1].Email"] = "Book.Email2",
    };

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, Request.PageNumber(), cancellationToken);

    public async Task<IActionResult> OnPostBookAsync(Guid id, CancellationToken cancellationToken)
    {
        var attendees = new[] { new AttendeeInput(Book.Name1, Book.Email1), new AttendeeInput(Book.Name2, Book.Email2) }
            .Where((a, index) => index == 0 || !string.IsNullOrWhiteSpace(a.Name) || !string.IsNullOrWhiteSpace(a.Email)).ToList();
        IReadOnlyList<BookingDto> booked = [];
        if (await this.SendFormAsync(mediator, new BookPlacesCommand(id, attendees), "Book", "Book.Name1", cancellationToken, b => booked = b, BookingFields))
        {
            return RedirectToPage(new { done = booked.All(b => b.Status == BookingStatus.Booked) ? "booked" : "waiting" });
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    /// <summary><paramref name="shownPage"/>: the page of places the form was on, shown again afterwards.</summary>
    public async Task<IActionResult> OnPostTransferAsync(Guid id, Guid bookingId, string? name, string? email, int? shownPage, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new TransferBookingCommand(bookingId, name ?? string.Empty, email ?? string.Empty), string.Empty, string.Empty, cancellationToken))
        {
            return BackToPlaces(id, shownPage);
        }

        await LoadAsync(id, shownPage ?? 1, cancellationToken);
        return Page();
    }

    /// <summary>Records what the chosen option says; "Not recorded" (no value) records nothing and asks for a choice.</summary>
    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid bookingId, Attendance? attendance, int? shownPage, CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(attendance));
        var field = $"attendance-{bookingId}";
        BookingDto? booking = null;
        if (await this.SendFormAsync(mediator, new RecordAttendanceCommand(bookingId, attendance), string.Empty, field, cancellationToken,
                b => booking = b, new Dictionary<string, string> { ["Attendance"] = field }))
        {
            return BackToPlaces(id, shownPage, ("done", "attendance"), ("name", booking!.AttendeeName));
        }

        await LoadAsync(id, shownPage ?? 1, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken cancellationToken)
    {
        var sent = 0;
        if (await this.SendFormAsync(mediator, new MessageBookedCommand(id, Message.Subject ?? string.Empty, Message.Body ?? string.Empty), "Message", "Message.Subject", cancellationToken, n => sent = n))
        {
            return RedirectToPage(new { done = "message-sent", sent });
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, int placesPage, CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new GetMeetingQuery(id), cancellationToken);
        Places = await mediator.Send(new ListMeetingBookingsQuery(id, placesPage), cancellationToken);
    }

    /// <summary>POST-redirect-GET to the page of places the form was on ("page" cannot go through RedirectToPage: it names the Razor page).</summary>
    private RedirectResult BackToPlaces(Guid id, int? shownPage, params (string Key, string? Value)[] banner) =>
        Redirect($"/meetings/{id}" + QueryString.Create(banner
            .Append((Key: "page", Value: shownPage > 1 ? shownPage.Value.ToString(CultureInfo.InvariantCulture) : null))
            .Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))));

    public sealed class BookInput
    {
        public string? Name1 { get; set; }

        public string? Email1 { get; set; }

        public string? Name2 { get; set; }

        public string? Email2 { get; set; }
    }

    public sealed class MessageInput
    {
        public string? Subject { get; set; }

        public string? Body { get; set; }
    }
}
