using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Events;

[Collection(AppTestGroup.Name)]
public sealed class VisitTests(AppFixture app)
{
    private static readonly string[] Badges = ["race", "disability"];
    private static readonly string[] UnknownBadge = ["astrology"];
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task Silver_chooses_INSET_or_a_second_visit_and_Bronze_has_no_INSET()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await AdvisorAsync();
        var silver = await app.SubscribedAsync(app.Lancashire, "Silver");
        var coordinator = await app.SignInAsAsync(app.Lancashire, silver.CoordinatorEmail);

        var inset = await (await coordinator.RequestVisitAsync("Inset", "Training on prejudice-related incidents")).IdAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(inset, advisor, Future(40, 9), hours: 2)).StatusCode);
        var second = await coordinator.RequestVisitAsync("SecondAdvisory");
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("INSET session or a second advisory visit", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bronze = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var bronzeCoordinator = await app.SignInAsAsync(app.Lancashire, bronze.CoordinatorEmail);
        var noInset = await bronzeCoordinator.RequestVisitAsync("Inset");
        Assert.Equal(HttpStatusCode.BadRequest, noInset.StatusCode);
        Assert.Contains("does not include", await noInset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advisor_cannot_be_confirmed_for_two_visits_at_once_and_the_checklist_shows_the_audit_missing()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await AdvisorAsync();
        var first = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var second = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var firstVisit = await (await (await app.SignInAsAsync(app.Lancashire, first.CoordinatorEmail)).RequestVisitAsync("Annual")).IdAsync();
        var secondVisit = await (await (await app.SignInAsAsync(app.Lancashire, second.CoordinatorEmail)).RequestVisitAsync("Annual")).IdAsync();
        var when = Future(60, 10);

        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(firstVisit, advisor, when)).StatusCode);
        var clash = await admin.ConfirmAsync(secondVisit, advisor, when.AddHours(1));
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Contains("already visiting", await clash.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var details = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{firstVisit}");
        var auditItem = details.GetProperty("checklist").EnumerateArray().First();
        Assert.Contains("audit has been sent", auditItem.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(auditItem.GetProperty("done").GetBoolean());
        Assert.Contains("not yet", (await admin.GetStringAsync($"/visits/{firstVisit}")).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_in_time_gives_the_visit_back_and_cancelling_late_does_not()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await AdvisorAsync();
        var school = await app.SubscribedAsync(app.Lancashire, "Gold");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);

        var early = await (await coordinator.RequestVisitAsync("SecondAdvisory")).IdAsync();
        await admin.ConfirmAsync(early, advisor, Future(70, 13));
        Assert.Equal(1, await UsedAsync(school.School.Id, EntitlementKind.SecondAdvisoryVisit));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/visits/{early}/cancel", null)).StatusCode);
        Assert.Equal(0, await UsedAsync(school.School.Id, EntitlementKind.SecondAdvisoryVisit));

        var late = await (await coordinator.RequestVisitAsync("Inset")).IdAsync();
        await admin.ConfirmAsync(late, advisor, DateTimeOffset.UtcNow.AddDays(3), hours: 2);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/visits/{late}/cancel", null)).StatusCode);
        Assert.Equal(1, await UsedAsync(school.School.Id, EntitlementKind.InsetSession));
    }

    [Fact]
    public async Task The_advisor_records_the_visit_and_the_school_responds_and_others_cannot_see_it()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisorId = await AdvisorAsync();
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var response = await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind = "Annual", focus = "Accreditation", proposedDates = "Early March", badgesToVerify = Badges });
        var visit = await response.IdAsync();
        // The visit is this morning: a record can only be written on or after the visit's day (VisitRecordDateTests).
        await admin.ConfirmAsync(visit, advisorId, EqualityMark.Shared.Time.UkTime.StartOf(EqualityMark.Shared.Time.UkTime.Today(TimeProvider.System)).AddMinutes(Random.Shared.Next(0, 50) * 5));
        var details = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{visit}");
        Assert.Contains("Learning environment walk", details.GetProperty("agenda").EnumerateArray().Select(a => a.GetString()));

        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/visits/{visit}/response", new { agree = true })).StatusCode);
        var otherAdvisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdvisor.PostAsJsonAsync($"/api/v1/visits/{visit}/record", new { record = "Not mine" })).StatusCode);
        var advisor = await app.SignInAsAsync(app.Lancashire, await AdvisorEmailAsync(advisorId));
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync($"/api/v1/visits/{visit}/record", new { record = "Strong practice in race equality; badges verified." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/visits/{visit}/response", new { agree = false, comment = "We would add our parent survey." })).StatusCode);
        var trail = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/visits/{visit}")).GetProperty("record").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Record", "Comment"], trail);

        var otherSchool = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/visits/{visit}")).StatusCode);
        Assert.DoesNotContain((await otherSchool.GetFromJsonAsync<JsonElement>("/api/v1/visits")).EnumerateArray(), v => v.GetProperty("id").GetGuid() == visit);
        var otherAuthority = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAuthority.GetAsync($"/api/v1/visits/{visit}")).StatusCode);
    }

    [Fact]
    public async Task Badges_to_verify_must_be_the_marks_badges_and_only_at_the_annual_visit()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Gold");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var unknown = await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind = "Annual", focus = "Accreditation", proposedDates = "May", badgesToVerify = UnknownBadge });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("not one of this mark's badges", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var atInset = await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind = "Inset", focus = "Training", proposedDates = "May", badgesToVerify = Badges });
        Assert.Equal(HttpStatusCode.BadRequest, atInset.StatusCode);
    }

    private async Task<int> UsedAsync(Guid schoolId, EntitlementKind kind) =>
        (await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(schoolId))).Balances.First(b => b.Kinds.Contains(kind)).Used;

    private Task<Guid> AdvisorAsync() => app.CreateAdvisorAsync(app.Lancashire);

    private async Task<string> AdvisorEmailAsync(Guid advisorId) =>
        (await app.SendAsync(app.Lancashire, new ListPeopleQuery())).Single(p => p.Id == advisorId).Email;

    /// <summary>
    /// A day some days ahead at the given UK hour, spread at random (day and minute) so tests never clash with each other,
    /// and kept in this school year where it can be: the test schools' packages are this year's, so a visit dated in the
    /// next year has no package to use and is refused.
    /// </summary>
    internal static DateTimeOffset Future(int days, int hour)
    {
        var today = DateTime.UtcNow.Date;
        var lastDayOfThisYear = new DateTime(AcademicYear.For(DateTimeOffset.UtcNow) + 1, 8, 31);
        var spread = Math.Clamp((lastDayOfThisYear - today).Days - days, 0, 199);
        var day = today.AddDays(days + Random.Shared.Next(0, spread + 1));
        var local = new DateTime(day.Year, day.Month, day.Day, hour, 0, 0, DateTimeKind.Unspecified).AddMinutes(Random.Shared.Next(0, 50) * 5);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }
}
