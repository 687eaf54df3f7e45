using EqualityMark.Shared.Time;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace EqualityMark.Events.Features.Calendar;

/// <summary>
/// Builds the iCalendar (RFC 5545) text of .ics downloads and feeds with Ical.Net. Times are given in
/// Europe/London with the zone's rules (VTIMEZONE), so calendar apps show 10:00 as 10:00 in January
/// (GMT, +00:00) and in June (BST, +01:00).
/// </summary>
internal static class IcsCalendarFile
{
    private const string Zone = "Europe/London";

    /// <param name="absoluteLink">Turns an event's path into the address people open it at (the URL property).</param>
    public static string Write(string calendarName, IEnumerable<CalendarEventDto> events, DateTimeOffset stamp, Func<string, string> absoluteLink)
    {
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//EqualityMark//Equality Mark events//EN",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone));
        foreach (var e in events)
        {
            var entry = new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = new CalDateTime(stamp.UtcDateTime),
                DtStart = InLondon(e.StartsAt),
                DtEnd = InLondon(e.EndsAt),
                Summary = e.Title,
                Description = e.Description,
                Url = new Uri(absoluteLink(e.Path)),
            };
            if (e.Location.Length > 0)
            {
                entry.Location = e.Location;
            }

            calendar.Events.Add(entry);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalDateTime InLondon(DateTimeOffset moment) =>
        new(DateTime.SpecifyKind(UkTime.ToLondon(moment).DateTime, DateTimeKind.Unspecified), Zone);
}
