using EqualityMark.Events.Features.Meetings;
using Microsoft.Playwright;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The .ics files read by a standard calendar parser — Mozilla's ical.js, as calendar web apps use it — in
/// Chromium: 10:00 UK time is 10:00 UTC in winter and 09:00 UTC in summer.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class CalendarParserTests(BrowserFixture fixture)
{
    private static readonly Lazy<string> IcalJs = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ical", "ical.min.js")));

    private const string StartInUtc = """
        async (url) => {
          const response = await fetch(url);
          if (!response.ok || !response.headers.get('content-type').startsWith('text/calendar')) return 'HTTP ' + response.status;
          const text = await response.text();
          const calendar = new ICAL.Component(ICAL.parse(text));
          for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
          const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
          return event.startDate.toJSDate().toISOString() + '|' + event.startDate.zone.tzid + '|' + event.summary;
        }
        """;

    [Fact]
    public async Task Ical_js_reads_meetings_at_the_right_UTC_time_in_winter_and_summer()
    {
        var year = DateTime.UtcNow.Year + 2;
        var winter = await MeetingAtAsync(new DateTimeOffset(year, 1, 15, 10, 0, 0, TimeSpan.Zero), "Winter network meeting");
        var summer = await MeetingAtAsync(new DateTimeOffset(year, 6, 15, 10, 0, 0, TimeSpan.FromHours(1)), "Summer network meeting");

        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, fixture.TenantUrl("lancashire", string.Empty), EventSetup.AdminEmail, EventSetup.AdminName);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = IcalJs.Value });

        Assert.Equal($"{year}-01-15T10:00:00.000Z|Europe/London|Winter network meeting", await ParseAsync(page, winter));
        Assert.Equal($"{year}-06-15T09:00:00.000Z|Europe/London|Summer network meeting", await ParseAsync(page, summer));
    }

    /// <summary>Downloads the meeting's .ics in the signed-in page and parses it there with ical.js.</summary>
    private static Task<string> ParseAsync(IPage page, Guid meetingId) =>
        page.EvaluateAsync<string>(StartInUtc, $"/api/v1/calendar/events/meeting/{meetingId}.ics");

    private async Task<Guid> MeetingAtAsync(DateTimeOffset startsAt, string title)
    {
        var tenant = await fixture.TenantAsync("lancashire");
        var meeting = await EventSetup.SendAsync(fixture, tenant, new CreateMeetingCommand(
            "Test term", title, "Agenda", startsAt, startsAt.AddHours(2), "County Hall", null, 30, startsAt.AddDays(-7), null));
        return meeting.Id;
    }
}
