using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Features.Visits;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>Visit durations, the introductory visit for new schools, and reminders that follow a moved visit (ADR 0020).</summary>
[Collection(AppTestGroup.Name)]
public sealed class VisitRulesTests(AppFixture app)
{
    private static readonly TimeSpan BritishSummerTime = TimeSpan.FromHours(1);

    [Fact]
    public async Task An_INSET_session_longer_than_2_hours_is_refused_with_a_field_message_and_2_hours_after_the_March_clock_change_is_confirmed()
    {
        var (admin, advisor, school, inset) = await RequestedByAGoldSchoolAsync("Inset");
        var monday = new DateTimeOffset(2027, 3, 29, 9, 0, 0, BritishSummerTime); // the day after the clocks go forward

        var tooLong = await admin.ConfirmAsync(inset, advisor, monday, hours: 3);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("up to 2 hours", problem.GetProperty("errors").GetProperty("EndsAt")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await UsedAsync(school.School.Id, EntitlementKind.InsetSession));

        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(inset, advisor, monday, hours: 2)).StatusCode);
        Assert.Equal(1, await UsedAsync(school.School.Id, EntitlementKind.InsetSession));
    }

    [Theory]
    [InlineData("0001-01-01T00:30:00+00:00", "0001-01-01T01:30:00+00:00")]
    [InlineData("9999-12-31T21:00:00+00:00", "9999-12-31T22:00:00+00:00")]
    public async Task A_visit_time_at_the_edge_of_the_calendar_is_refused_with_a_field_message_not_an_error(string startsAt, string endsAt)
    {
        var (admin, advisor, _, inset) = await RequestedByAGoldSchoolAsync("Inset");

        var response = await admin.PostAsJsonAsync($"/api/v1/visits/{inset}/confirm", new { advisorId = advisor, startsAt, endsAt });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Enter a start on a real date from 1901 to 2199", errors.GetProperty("StartsAt")[0].GetString());
        Assert.Equal("Enter an end on a real date from 1901 to 2199", errors.GetProperty("EndsAt")[0].GetString());
    }

    [Fact]
    public async Task A_visit_date_that_is_not_real_is_explained_on_the_confirm_form_and_nothing_is_confirmed()
    {
        var (admin, advisor, _, second) = await RequestedByAGoldSchoolAsync("SecondAdvisory");

        var page = await FormPost.SubmitAsync(admin, $"/visits/{second}", new Dictionary<string, string>
        {
            ["Confirm.AdvisorId"] = advisor.ToString(), ["Confirm.Date.Day"] = "31", ["Confirm.Date.Month"] = "2", ["Confirm.Date.Year"] = "2027",
            ["Confirm.StartTime"] = "09:00", ["Confirm.EndTime"] = "12:00",
        }, "?handler=Confirm");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await SubscriptionsTestData.BodyAsync(page);
        Assert.Contains("href=\"#Confirm_Date\">Date of the visit must be a real date", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Confirm.Date.Day\" type=\"text\" inputmode=\"numeric\" value=\"31\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"date\"", html, StringComparison.Ordinal);

        var noMonth = await FormPost.SubmitAsync(admin, $"/visits/{second}", new Dictionary<string, string>
        {
            ["Confirm.AdvisorId"] = advisor.ToString(), ["Confirm.Date.Day"] = "29", ["Confirm.Date.Month"] = "", ["Confirm.Date.Year"] = "2027",
            ["Confirm.StartTime"] = "09:00", ["Confirm.EndTime"] = "12:00",
        }, "?handler=Confirm");
        Assert.Contains("Date of the visit must include a month", await SubscriptionsTestData.BodyAsync(noMonth), StringComparison.Ordinal);
        var visit = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{second}")).GetProperty("visit");
        Assert.Equal(nameof(VisitStatus.Requested), visit.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_second_visit_is_up_to_half_a_day_and_the_confirm_form_shows_the_error_summary()
    {
        var (admin, advisor, _, second) = await RequestedByAGoldSchoolAsync("SecondAdvisory");

        var page = await FormPost.SubmitAsync(admin, $"/visits/{second}", new Dictionary<string, string>
        {
            ["Confirm.AdvisorId"] = advisor.ToString(), ["Confirm.Date.Day"] = "29", ["Confirm.Date.Month"] = "3", ["Confirm.Date.Year"] = "2027", ["Confirm.StartTime"] = "09:00", ["Confirm.EndTime"] = "13:30",
        }, "?handler=Confirm");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await SubscriptionsTestData.BodyAsync(page);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Confirm_EndTime\">A second advisory visit lasts up to half a day", html, StringComparison.Ordinal);

        var halfDay = await FormPost.SubmitAsync(admin, $"/visits/{second}", new Dictionary<string, string>
        {
            ["Confirm.AdvisorId"] = advisor.ToString(), ["Confirm.Date.Day"] = "29", ["Confirm.Date.Month"] = "3", ["Confirm.Date.Year"] = "2027", ["Confirm.StartTime"] = "09:00", ["Confirm.EndTime"] = "13:00",
        }, "?handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, halfDay.StatusCode); // the Monday after the clocks go forward: 09:00 to 13:00 in summer time is 4 hours
        var visit = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{second}")).GetProperty("visit");
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero), visit.GetProperty("startsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_introductory_visit_is_for_a_school_in_its_first_year_and_not_after_it_renews()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.RequestVisitAsync("Introductory")).StatusCode);

        var returning = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var year = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(returning.School.Id));
        await using var clocked = new ClockedApp(app);
        var invoice = await clocked.RenewByInvoiceAsync(app, app.Lancashire, year, daysBeforeEnd: 20);
        await clocked.SendOnAsync(year.PeriodEnd.AddDays(-15), app.Lancashire, new MarkInvoicePaidCommand(invoice.Id));

        clocked.Clock.SetDay(year.PeriodEnd.AddDays(3));
        var secondYear = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(secondYear, returning.CoordinatorEmail)).StatusCode);
        var refused = await secondYear.RequestVisitAsync("Introductory");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("first year of the programme", problem.GetProperty("errors").GetProperty("Kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await secondYear.RequestVisitAsync("Annual")).StatusCode);
    }

    [Fact]
    public async Task A_moved_visit_is_reminded_of_for_its_new_date_and_never_for_the_old_one()
    {
        var advisor = await app.CreateAdvisorAsync(app.Lancashire);
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        var now = DateTimeOffset.UtcNow;
        var first = now.AddDays(5);
        var moved = now.AddDays(20);
        await app.SendAsync(app.Lancashire, new ConfirmVisitCommand(visit, advisor, first, first.AddHours(3)));
        await app.SendAsync(app.Lancashire, new ConfirmVisitCommand(visit, advisor, moved, moved.AddHours(3)));

        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(now);
        await clocked.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        Assert.Equal(0, await VisitRemindersAsync(school.CoordinatorEmail)); // the old date is within a week: nothing is sent for it

        clocked.Clock.Set(moved.AddDays(-3));
        await clocked.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        await clocked.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        Assert.Equal(1, await VisitRemindersAsync(school.CoordinatorEmail));

        var again = moved.AddDays(10); // moved again after its reminder went: the new date is reminded of too
        await clocked.SendAsync(app.Lancashire, new ConfirmVisitCommand(visit, advisor, again, again.AddHours(3)));
        clocked.Clock.Set(again.AddDays(-2));
        await clocked.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        await clocked.SendAsync(app.Lancashire, new RunEventRemindersCommand());
        var reminders = (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail))).Where(e => e.Kind == "VisitReminder").ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Contains(reminders, r => r.Body.Contains(EqualityMark.Events.Features.Shared.Times.Describe(again), StringComparison.Ordinal));
    }

    /// <summary>A Gold school (INSET and a second visit both included) asks for a visit; the administrator and a free advisor will confirm it.</summary>
    private async Task<(HttpClient Admin, Guid Advisor, TestSchool School, Guid Visit)> RequestedByAGoldSchoolAsync(string kind)
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await app.CreateAdvisorAsync(app.Lancashire);
        var school = await app.SubscribedAsync(app.Lancashire, "Gold");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        return (admin, advisor, school, await (await coordinator.RequestVisitAsync(kind, "Training on prejudice-related incidents")).IdAsync());
    }

    private async Task<int> VisitRemindersAsync(string email) =>
        (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(email))).Count(e => e.Kind == "VisitReminder");

    private async Task<int> UsedAsync(Guid schoolId, EntitlementKind kind) =>
        (await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(schoolId))).Balances.First(b => b.Kinds.Contains(kind)).Used;
}
