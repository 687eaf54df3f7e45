using EqualityMark.Events.Contracts;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>Tells each person booked onto a network meeting that their place is booked, or that they are waiting for one.</summary>
internal sealed class BookingEmails(IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links)
{
    public async Task BookedAsync(NetworkMeeting meeting, IEnumerable<MeetingBooking> bookings, CancellationToken cancellationToken)
    {
        var authority = tenant.Tenant!;
        var link = links.For(authority.Code, $"/meetings/{meeting.Id}");
        var where = string.Join(", ", new[] { meeting.Venue, meeting.OnlineLink }.Where(w => w.Length > 0));
        foreach (var booking in bookings)
        {
            var booked = booking.Status == BookingStatus.Booked;
            var news = booked
                ? $"{booking.SchoolName} has booked you a place at {meeting.Title}."
                : $"{meeting.Title} is full, so {booking.SchoolName} has put you on the waiting list. We will email you if a place comes free.";
            var body = $"""
                Dear {booking.AttendeeName},

                {news}

                When: {Times.Describe(meeting.StartsAt)} to {Times.Clock(meeting.EndsAt)}
                Where: {(where.Length > 0 ? where : "to be confirmed")}

                The agenda and materials are here:
                {link}

                {authority.Name}
                """;
            var subject = booked ? $"Your place at {meeting.Title} is booked" : $"You are on the waiting list for {meeting.Title}";
            await outbox.QueueAsync(new EmailMessage(booking.AttendeeEmail, subject, body, booked ? "BookingConfirmed" : "BookingWaitlisted"), cancellationToken);
        }
    }
}
