using System.Text;
using EqualityMark.Events.Contracts;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>A meeting's list as CSV: school, representative, email, place, attendance.</summary>
internal static class AttendanceCsv
{
    public static string Write(MeetingDetailsDto meeting)
    {
        var csv = new StringBuilder();
        csv.AppendLine("School,Representative,Email,Place,Attendance");
        foreach (var b in meeting.Bookings.Where(b => b.Status != BookingStatus.Cancelled))
        {
            csv.AppendLine(string.Join(',', new[] { b.SchoolName, b.AttendeeName, b.AttendeeEmail, b.Status.ToString(), b.Attendance?.ToString() ?? string.Empty }.Select(Escape)));
        }

        return csv.ToString();
    }

    private static string Escape(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
