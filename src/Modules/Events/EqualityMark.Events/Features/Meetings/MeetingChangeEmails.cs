using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>Tells everyone booked or waiting for a meeting that its date, time or place has changed, or that it is cancelled.</summary>
internal sealed class MeetingChangeEmails(IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links)
{
    public Task MovedAsync(NetworkMeeting meeting, IEnumerable<MeetingBooking> bookings, CancellationToken cancellationToken) =>
        SendAsync(meeting, bookings, $"{meeting.Title} has changed", "MeetingChanged",
            $"The date, time or place of {meeting.Title} has changed. It is now:", cancellationToken);

    public Task CancelledAsync(NetworkMeeting meeting, IEnumerable<MeetingBooking> bookings, CancellationToken cancellationToken) =>
        SendAsync(meeting, bookings, $"{meeting.Title} is cancelled", "MeetingCancelled",
            $"{meeting.Title} has been cancelled, so your place (or your place on the waiting list) is cancelled too. It was to be:", cancellationToken);

    private async Task SendAsync(NetworkMeeting meeting, IEnumerable<MeetingBooking> bookings, string subject, string kind, string news, CancellationToken cancellationToken)
    {
        var authority = tenant.Tenant!;
        var link = links.For(authority.Code, $"/meetings/{meeting.Id}");
        var where = string.Join(", ", new[] { meeting.Venue, meeting.OnlineLink }.Where(w => w.Length > 0));
        foreach (var booking in bookings)
        {
            var body = $"""
                Dear {booking.AttendeeName},

                {news}

                When: {Times.Describe(meeting.StartsAt)} to {Times.Clock(meeting.EndsAt)}
                Where: {(where.Length > 0 ? where : "to be confirmed")}

                The meeting's page:
                {link}

                {authority.Name}
                """;
            await outbox.QueueAsync(new EmailMessage(booking.AttendeeEmail, subject, body, kind), cancellationToken);
        }
    }
}
