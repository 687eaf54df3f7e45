using EqualityMark.Events.Contracts;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>The words people read for a booking's place and attendance: the meeting page and its CSV use these and no others.</summary>
internal static class BookingLabels
{
    public static string Status(BookingStatus status) => status switch
    {
        BookingStatus.Booked => "Confirmed",
        BookingStatus.Waitlisted => "Waiting list",
        _ => "Cancelled",
    };

    public static string Attendance(Attendance? attendance) => attendance switch
    {
        Contracts.Attendance.Attended => "Attended",
        Contracts.Attendance.Apologies => "Apologies",
        Contracts.Attendance.NoShow => "No-show",
        _ => string.Empty,
    };
}
