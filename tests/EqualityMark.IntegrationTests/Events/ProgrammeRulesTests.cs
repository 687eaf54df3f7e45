using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Events.Features.Dashboard;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>Visit allowances across the school year and who may cancel what (issue: programme rules across the school year, items 1–4 and 8).</summary>
[Collection(AppTestGroup.Name)]
public sealed class ProgrammeRulesTests(AppFixture app)
{
    private static readonly string[] RaceOnly = ["race"];

    [Fact]
    public async Task A_visit_in_next_school_year_is_not_charged_to_this_years_subscription()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        var period = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        var nextYear = new DateTimeOffset(period.PeriodEnd.AddDays(21).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

        var refused = await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), nextYear);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains($"no paid subscription covering {period.PeriodEnd.AddDays(21):d MMMM yyyy}", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var annual = (await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id))).Balances.Single(b => b.Kinds.Contains(EntitlementKind.AnnualVisit));
        Assert.Equal(0, annual.Used);
    }

    [Fact]
    public async Task A_unit_is_given_back_to_the_subscription_it_came_from_even_when_none_is_in_force_today()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var period = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        await app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(school.School.Id, EntitlementKind.AnnualVisit, "visit:summer", period.PeriodEnd.AddDays(-20)));
        await using var clocked = new ClockedApp(app);

        clocked.Clock.SetDay(period.PeriodEnd.AddDays(2)); // early September: the year has ended and nothing is renewed
        await clocked.SendAsync(app.Lancashire, new ReleaseEntitlementCommand(school.School.Id, "visit:summer"));

        clocked.Clock.SetDay(period.PeriodEnd.AddDays(-30));
        var balance = await clocked.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        Assert.Equal(0, balance.Balances.Single(b => b.Kinds.Contains(EntitlementKind.AnnualVisit)).Used);
    }

    [Fact]
    public async Task The_authority_cancelling_late_gives_the_school_its_visit_back()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), DateTimeOffset.UtcNow.AddDays(3))).StatusCode);
        Assert.Equal(1, await AnnualVisitsUsedAsync(school.School.Id));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/visits/{visit}/cancel", null)).StatusCode);
        Assert.Equal(0, await AnnualVisitsUsedAsync(school.School.Id));
    }

    [Fact]
    public async Task Fourteen_days_notice_is_counted_in_calendar_days_across_the_March_clock_change()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        var starts = new DateTimeOffset(2027, 4, 10, 9, 0, 0, TimeSpan.Zero); // 10:00 on Saturday 10 April, summer time
        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), starts)).StatusCode);
        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(new DateTimeOffset(2027, 3, 27, 10, 30, 0, TimeSpan.Zero)); // 10:30 on 27 March, GMT: 14 calendar days, 13 days 22½ hours
        var lateCoordinator = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(lateCoordinator, school.CoordinatorEmail)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await lateCoordinator.PostAsync($"/api/v1/visits/{visit}/cancel", null)).StatusCode);
        Assert.Equal(0, await AnnualVisitsUsedAsync(school.School.Id));
    }

    [Fact]
    public async Task Only_the_coordinator_the_person_booked_or_the_team_can_cancel_or_pass_on_a_booking()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 10, DateTimeOffset.UtcNow.AddDays(25));
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var response = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings", new
        {
            attendees = new[] { new { name = "Casey Coordinator", email = school.CoordinatorEmail }, new { name = "Morgan Member", email = school.MemberEmail } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bookings = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(b => b.GetProperty("attendeeName").GetString()!, b => b.GetProperty("id").GetGuid());
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/bookings/{bookings["Casey Coordinator"]}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/v1/bookings/{bookings["Casey Coordinator"]}/transfer", new { attendeeName = "Someone", attendeeEmail = "someone@example.org" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/api/v1/bookings/{bookings["Morgan Member"]}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/bookings/{bookings["Casey Coordinator"]}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task The_pre_visit_checklist_shows_each_summary_to_verify_as_it_really_stands()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visit = await (await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind = "Annual", focus = "Accreditation", proposedDates = "March", badgesToVerify = RaceOnly })).IdAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), DateTimeOffset.UtcNow.AddDays(30))).StatusCode);

        var details = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{visit}");
        var race = details.GetProperty("checklist").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.Contains("Race badge", StringComparison.Ordinal));
        Assert.False(race.GetProperty("done").GetBoolean());
        Assert.Contains("not started", race.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Not started", details.GetProperty("summariesToVerify")[0].GetProperty("statusLabel").GetString());
    }

    [Fact]
    public async Task A_visit_requested_in_the_first_minutes_of_1_September_counts_in_the_new_school_year_on_the_dashboard()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var period = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(UkTime.StartOf(period.PeriodStart).AddMinutes(30)); // 00:30 on 1 September in London, 23:30 UTC on 31 August
        var coordinator = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(coordinator, school.CoordinatorEmail)).StatusCode);
        await (await coordinator.RequestVisitAsync("Annual")).IdAsync();

        clocked.Clock.Set(UkTime.StartOf(period.PeriodStart).AddDays(30));
        var dashboard = await clocked.SendAsync(app.Lancashire, new GetEventsDashboardQuery());
        Assert.Equal(period.PeriodStart.Year, dashboard.AcademicYear);
        Assert.DoesNotContain(school.School.Name, await EventsDashboardTests.SchoolsWithoutAnnualVisitAsync(page => clocked.SendAsync(app.Lancashire, new GetEventsDashboardQuery(page))));
    }

    private async Task<int> AnnualVisitsUsedAsync(Guid schoolId) =>
        (await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(schoolId))).Balances.Single(b => b.Kinds.Contains(EntitlementKind.AnnualVisit)).Used;
}
