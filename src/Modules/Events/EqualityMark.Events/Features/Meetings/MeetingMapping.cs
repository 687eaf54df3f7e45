using EqualityMark.Events.Domain;

namespace EqualityMark.Events.Features.Meetings;

internal static class MeetingMapping
{
    public static MeetingDto ToDto(NetworkMeeting m, int booked, int waitlisted) =>
        new(m.Id, m.Term, m.Title, m.Agenda, m.StartsAt, m.EndsAt, m.Venue, m.OnlineLink, m.Capacity, m.BookingDeadline, m.Materials, booked, waitlisted, m.IsCancelled, m.Version);

    public static BookingDto ToDto(MeetingBooking b) =>
        new(b.Id, b.MeetingId, b.SchoolId, b.SchoolName, b.AttendeeName, b.AttendeeEmail, b.Status, b.Attendance, b.CreatedAt);
}
