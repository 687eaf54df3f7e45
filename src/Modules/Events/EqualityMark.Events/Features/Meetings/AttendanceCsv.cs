using System.Text;
using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Text;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>A meeting's list as CSV (its places not cancelled, as <see cref="MeetingPlaces"/> gives them): school, representative, email, place, attendance.</summary>
internal static class AttendanceCsv
{
    public static string Write(IReadOnlyList<BookingDto> places)
    {
        var csv = new StringBuilder();
        csv.AppendLine("School,Representative,Email,Place,Attendance");
        foreach (var b in places)
        {
            csv.AppendLine(string.Join(',', new[] { b.SchoolName, b.AttendeeName, b.AttendeeEmail, BookingLabels.Status(b.Status), BookingLabels.Attendance(b.Attendance) }.Select(Csv.Escape)));
        }

        return csv.ToString();
    }
}
