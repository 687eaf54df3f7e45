using System.Globalization;
using System.Text;
using EqualityMark.Shared.Time;

namespace EqualityMark.Events.Features.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545). Times are given in Europe/London with the zone's rules (VTIMEZONE), so
/// Outlook and Google show 10:00 as 10:00 in January (GMT, +00:00) and in June (BST, +01:00).
/// </summary>
internal static class IcsWriter
{
    private const string Zone = "Europe/London";

    public static string Write(string calendarName, IEnumerable<CalendarEventDto> events, DateTimeOffset stamp)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//EqualityMark//Equality Mark events//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(calendarName));
        Line(ics, "X-WR-TIMEZONE:" + Zone);
        WriteTimeZone(ics);
        foreach (var e in events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + e.Uid);
            Line(ics, "DTSTAMP:" + Utc(stamp));
            Line(ics, $"DTSTART;TZID={Zone}:" + Local(e.StartsAt));
            Line(ics, $"DTEND;TZID={Zone}:" + Local(e.EndsAt));
            Line(ics, "SUMMARY:" + Escape(e.Title));
            if (e.Location.Length > 0)
            {
                Line(ics, "LOCATION:" + Escape(e.Location));
            }

            Line(ics, "DESCRIPTION:" + Escape(e.Description));
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>The UK's rules since 1996: BST from the last Sunday of March at 01:00 UTC to the last Sunday of October.</summary>
    private static void WriteTimeZone(StringBuilder ics)
    {
        Line(ics, "BEGIN:VTIMEZONE");
        Line(ics, "TZID:" + Zone);
        Line(ics, "BEGIN:DAYLIGHT");
        Line(ics, "TZOFFSETFROM:+0000");
        Line(ics, "TZOFFSETTO:+0100");
        Line(ics, "TZNAME:BST");
        Line(ics, "DTSTART:19700329T010000");
        Line(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        Line(ics, "END:DAYLIGHT");
        Line(ics, "BEGIN:STANDARD");
        Line(ics, "TZOFFSETFROM:+0100");
        Line(ics, "TZOFFSETTO:+0000");
        Line(ics, "TZNAME:GMT");
        Line(ics, "DTSTART:19701025T020000");
        Line(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        Line(ics, "END:STANDARD");
        Line(ics, "END:VTIMEZONE");
    }

    private static string Local(DateTimeOffset moment) => UkTime.ToLondon(moment).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Content lines end in CRLF and are folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character.</summary>
    private static void Line(StringBuilder ics, string content)
    {
        var bytes = 0;
        var first = true;
        foreach (var rune in content.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (bytes + size > (first ? 75 : 74))
            {
                ics.Append("\r\n ");
                bytes = 0;
                first = false;
            }

            ics.Append(rune.ToString());
            bytes += size;
        }

        ics.Append("\r\n");
    }
}
