using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Features.Visits;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>Visits and meetings as iCalendar: UK times with the right offsets in winter and summer; private, revocable feeds.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CalendarTests(AppFixture app)
{
    [Fact]
    public async Task An_ics_file_keeps_UK_time_in_winter_and_summer_and_is_well_formed()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await app.CreateAdvisorAsync(app.Lancashire);
        var school = await app.SubscribedAsync(app.Lancashire, "Gold");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        // Visits are charged to the subscription of their own school year, so both fall in this one (January in
        // winter time, June in summer time), confirmed with the clock at the start of the year.
        var period = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        var year = period.PeriodEnd.Year;
        var winter = await (await coordinator.RequestVisitAsync("SecondAdvisory")).IdAsync();
        var summer = await (await coordinator.RequestVisitAsync("Inset")).IdAsync();
        await using (var clocked = new ClockedApp(app))
        {
            clocked.Clock.SetDay(period.PeriodStart);
            var winterStart = new DateTimeOffset(year, 1, 15, 10, 0, 0, TimeSpan.Zero);
            var summerStart = new DateTimeOffset(year, 6, 15, 10, 0, 0, TimeSpan.FromHours(1));
            await clocked.SendAsync(app.Lancashire, new ConfirmVisitCommand(winter, advisor, winterStart, winterStart.AddHours(2)));
            await clocked.SendAsync(app.Lancashire, new ConfirmVisitCommand(summer, advisor, summerStart, summerStart.AddHours(2)));
        }

        var winterIcs = await coordinator.GetStringAsync($"/api/v1/calendar/events/visit/{winter}.ics");
        var summerIcs = await coordinator.GetStringAsync($"/api/v1/calendar/events/visit/{summer}.ics");
        Assert.Contains($"DTSTART;TZID=Europe/London:{year}0115T100000\r\n", winterIcs, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/London:{year}0615T100000\r\n", summerIcs, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(year, 1, 15, 10, 0, 0, TimeSpan.Zero), IcsReader.StartOf(winterIcs));
        Assert.Equal(new DateTimeOffset(year, 6, 15, 9, 0, 0, TimeSpan.Zero), IcsReader.StartOf(summerIcs));
        IcsReader.AssertWellFormed(winterIcs);
        Assert.Contains($"URL:http://lancashire.localhost/visits/{winter}\r\n", winterIcs, StringComparison.Ordinal);

        var stored = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{summer}");
        Assert.Equal(new DateTimeOffset(year, 6, 15, 9, 0, 0, TimeSpan.Zero), stored.GetProperty("visit").GetProperty("startsAt").GetDateTimeOffset());
        var otherSchool = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/calendar/events/visit/{winter}.ics")).StatusCode);
    }

    [Fact]
    public async Task Add_to_your_calendar_is_offered_only_with_a_place_and_a_missing_event_is_a_page_not_raw_json()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 20, DateTimeOffset.UtcNow.AddDays(15));
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var link = $"/calendar/meeting/{meetingId}.ics";

        Assert.DoesNotContain("Add to your calendar", await coordinator.GetStringAsync($"/meetings/{meetingId}"), StringComparison.Ordinal);
        var page = await coordinator.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("govuk-heading-l", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await coordinator.GetAsync($"/api/v1/calendar/events/meeting/{meetingId}.ics");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not in your calendar", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await coordinator.BookAsync(meetingId, "Cal Endar");
        Assert.Contains($"href=\"{link}\"", await coordinator.GetStringAsync($"/meetings/{meetingId}"), StringComparison.Ordinal);
        var file = await coordinator.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/calendar", file.Content.Headers.ContentType?.MediaType);
        IcsReader.AssertWellFormed(await file.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_private_feed_shows_the_persons_events_until_it_is_revoked_and_only_on_its_authority()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 20, DateTimeOffset.UtcNow.AddDays(12));
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        await coordinator.BookAsync(meetingId, "Fay Feed");

        var token = (await (await coordinator.PostAsync("/api/v1/calendar/feed", null)).Content.ReadAsStringAsync()).Trim('"');
        var anonymous = app.Factory.ForTenant("lancashire");
        var feed = await anonymous.GetStringAsync($"/api/v1/calendar/feed/{token}.ics");
        Assert.Contains($"UID:meeting-{meetingId}@equalitymark", feed, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ForTenant("northdale").GetAsync($"/api/v1/calendar/feed/{token}.ics")).StatusCode);

        await coordinator.DeleteAsync("/api/v1/calendar/feed");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/calendar/feed/{token}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/calendar/feed/not-a-token.ics")).StatusCode);
    }

    [Fact]
    public async Task Reminders_go_once_and_audit_reminders_see_the_booked_visit()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 20, DateTimeOffset.UtcNow.AddDays(4));
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var attendee = $"Gus Reminder{Random.Shared.Next(100000, 999999)}";
        await coordinator.BookAsync(meetingId, attendee);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), DateTimeOffset.UtcNow.AddDays(5));

        await app.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        await app.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        await app.SendAsync(app.Lancashire, new RunAuditRemindersCommand());

        Assert.Single(await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery($"{attendee.Replace(' ', '.').ToLowerInvariant()}@example.org")), e => e.Subject.StartsWith("Reminder:", StringComparison.Ordinal));
        var toCoordinator = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        var visitReminder = Assert.Single(toCoordinator, e => e.Kind == "VisitReminder");
        Assert.Contains("audit has been sent", visitReminder.Body, StringComparison.Ordinal);
        Assert.Single(toCoordinator, e => e.Subject.Contains("before your visit", StringComparison.Ordinal));
    }

    /// <summary>Just enough of RFC 5545 to check the file the way a calendar app reads it.</summary>
    private static class IcsReader
    {
        public static void AssertWellFormed(string ics)
        {
            Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
            foreach (var line in ics.Split("\r\n"))
            {
                Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
            }

            var lines = Unfold(ics);
            Assert.Equal(lines.Count(l => l.StartsWith("BEGIN:", StringComparison.Ordinal)), lines.Count(l => l.StartsWith("END:", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.StartsWith("UID:", StringComparison.Ordinal));
        }

        /// <summary>DTSTART resolved with the file's own VTIMEZONE rules (last Sunday of March to last Sunday of October is +01:00).</summary>
        public static DateTimeOffset StartOf(string ics)
        {
            var value = Unfold(ics).Single(l => l.StartsWith("DTSTART;TZID=Europe/London:", StringComparison.Ordinal)).Split(':')[1];
            var local = DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var bstStart = LastSunday(local.Year, 3).AddHours(1);
            var bstEnd = LastSunday(local.Year, 10).AddHours(1);
            var summer = ics.Contains("TZOFFSETTO:+0100", StringComparison.Ordinal) && local >= bstStart && local < bstEnd;
            return new DateTimeOffset(local, summer ? TimeSpan.FromHours(1) : TimeSpan.Zero).ToUniversalTime();
        }

        private static DateTime LastSunday(int year, int month)
        {
            var day = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return day.AddDays(-(int)day.DayOfWeek);
        }

        private static List<string> Unfold(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").ToList();
    }
}
