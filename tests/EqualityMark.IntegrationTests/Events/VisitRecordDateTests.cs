using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>A visit record is written on or after the visit's day in England; the school is told of the visit and its record.</summary>
[Collection(AppTestGroup.Name)]
public sealed class VisitRecordDateTests(AppFixture app)
{
    [Fact]
    public async Task The_record_is_refused_until_midnight_in_England_on_the_visit_day_across_the_spring_clock_change()
    {
        // The Monday after the clocks go forward: its midnight in England is 23:00 UTC on Sunday, so a rule on UTC
        // dates would refuse at 23:30 UTC and this one accepts.
        var day = DayAfterClocksGoForward();
        var startsAt = UkTime.StartOf(day).AddHours(9);
        var (school, visitId, advisorEmail) = await ConfirmedVisitAsync(startsAt);
        var midnight = UkTime.StartOf(day);
        Assert.Equal(new TimeSpan(23, 0, 0), midnight.UtcDateTime.TimeOfDay);

        await RecordRefusedBeforeAndWrittenAfterAsync(visitId, advisorEmail, day, midnight.AddMinutes(-1), midnight.AddMinutes(30));

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        var confirmed = Assert.Single(emails, e => e.Kind == "VisitConfirmed");
        Assert.Contains(UkTime.ToLondon(startsAt).ToString("dddd d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), confirmed.Body, StringComparison.Ordinal);
        Assert.Contains($"/visits/{visitId}", confirmed.Body, StringComparison.Ordinal);
        var recorded = Assert.Single(emails, e => e.Kind == "VisitRecorded");
        Assert.Contains("agree with it or add your comments", recorded.Body, StringComparison.Ordinal);
        Assert.Contains($"/visits/{visitId}", recorded.Body, StringComparison.Ordinal);
        Assert.EndsWith(app.Lancashire.Name, recorded.Body.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_is_refused_until_midnight_in_England_on_the_visit_day_across_the_autumn_clock_change()
    {
        // The Monday after the clocks go back (last Sunday of October): its midnight in England is 00:00 UTC, while the
        // day before it, in summer time, midnight was 23:00 UTC. A rule that kept British Summer Time's offset would
        // accept at 23:30 UTC on Sunday; this one refuses until 00:00 UTC.
        var day = DayAfterClocksGoBack();
        Assert.Equal(DayOfWeek.Monday, day.DayOfWeek);
        Assert.Equal(10, day.AddDays(-1).Month);
        var startsAt = UkTime.StartOf(day).AddHours(9);
        var (_, visitId, advisorEmail) = await ConfirmedVisitAsync(startsAt);
        var midnight = UkTime.StartOf(day);
        Assert.Equal(TimeSpan.Zero, midnight.UtcDateTime.TimeOfDay);

        await RecordRefusedBeforeAndWrittenAfterAsync(visitId, advisorEmail, day, midnight.AddMinutes(-30), midnight.AddMinutes(1));
    }

    [Fact]
    public async Task Booking_a_place_emails_the_person_booked()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var meetingId = await admin.CreateMeetingAsync(5, VisitTests.Future(30, 14));
        await coordinator.BookAsync(meetingId, "Priya Patel");

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery("priya.patel@example.org", 500));
        var booked = Assert.Single(emails, e => e.Kind == "BookingConfirmed" && e.Body.Contains(school.School.Name, StringComparison.Ordinal));
        Assert.Contains("Dear Priya Patel", booked.Body, StringComparison.Ordinal);
        Assert.Contains($"/meetings/{meetingId}", booked.Body, StringComparison.Ordinal);
        Assert.EndsWith(app.Lancashire.Name, booked.Body.TrimEnd(), StringComparison.Ordinal);
    }

    /// <summary>With the clock at <paramref name="before"/> the record is refused on the page and the API; at <paramref name="after"/> it is written.</summary>
    private async Task RecordRefusedBeforeAndWrittenAfterAsync(Guid visitId, string advisorEmail, DateOnly day, DateTimeOffset before, DateTimeOffset after)
    {
        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(before);
        var advisor = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(advisor, advisorEmail)).StatusCode);

        var page = await FormPost.SubmitAsync(advisor, $"/visits/{visitId}", new Dictionary<string, string> { ["RecordText"] = "Too early" }, "?handler=Record");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"#RecordText\"", html, StringComparison.Ordinal);
        Assert.Contains("on or after the day of the visit", html, StringComparison.Ordinal);

        var early = await advisor.PostAsJsonAsync($"/api/v1/visits/{visitId}/record", new { record = "Too early" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var message = (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Record")[0].GetString();
        Assert.Equal($"You can write the visit record on or after the day of the visit, {day:d MMM yyyy}", message);

        clocked.Clock.Set(after);
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync($"/api/v1/visits/{visitId}/record", new { record = "Written just after midnight." })).StatusCode);
    }

    private async Task<(TestSchool School, Guid VisitId, string AdvisorEmail)> ConfirmedVisitAsync(DateTimeOffset startsAt)
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisorId = await app.CreateAdvisorAsync(app.Lancashire);
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visitId = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visitId, advisorId, startsAt)).StatusCode);
        var advisorEmail = (await app.SendAsync(app.Lancashire, new ListPeopleQuery())).Single(p => p.Id == advisorId).Email;
        return (school, visitId, advisorEmail);
    }

    private static DateOnly DayAfterClocksGoForward()
    {
        var day = UkTime.Today(TimeProvider.System).AddDays(1);
        while (!(OffsetAtMidnight(day.AddDays(-1)) == TimeSpan.Zero && OffsetAtMidnight(day) == TimeSpan.FromHours(1)))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The Monday after October's change in this school year (September to August), so the school's package covers the visit.</summary>
    private static DateOnly DayAfterClocksGoBack()
    {
        var today = UkTime.Today(TimeProvider.System);
        var day = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 10, 20);
        while (!(OffsetAtMidnight(day.AddDays(-1)) == TimeSpan.FromHours(1) && OffsetAtMidnight(day) == TimeSpan.Zero))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static TimeSpan OffsetAtMidnight(DateOnly day) => UkTime.London.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue));
}
