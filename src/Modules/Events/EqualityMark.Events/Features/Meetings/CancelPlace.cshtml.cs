using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>The confirmation before a booked or waiting place at a network meeting is cancelled.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CancelPlaceModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public BookingDto Booking { get; private set; } = default!;

    public string MeetingTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid bookingId, CancellationToken cancellationToken)
    {
        var details = await mediator.Send(new GetMeetingQuery(id), cancellationToken);
        var booking = await mediator.Send(new GetPlaceQuery(id, bookingId), cancellationToken);
        if (booking.Status == BookingStatus.Cancelled || !Shared.BookingRules.MayChange(user, booking.AttendeeEmail))
        {
            return NotFound();
        }

        Booking = booking;
        MeetingTitle = details.Meeting.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid bookingId, CancellationToken cancellationToken)
    {
        var found = await OnGetAsync(id, bookingId, cancellationToken);
        if (found is not PageResult)
        {
            return found;
        }

        if (await this.SendFormAsync(mediator, new CancelBookingCommand(bookingId), string.Empty, string.Empty, cancellationToken))
        {
            return Redirect($"/meetings/{id}?done=place-cancelled&name={Uri.EscapeDataString(Booking.AttendeeName)}");
        }

        return Page();
    }
}
