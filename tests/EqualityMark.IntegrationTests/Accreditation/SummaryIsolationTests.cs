using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>Another school and another authority can neither read nor change a school's summaries; members read, only the co-ordinator writes.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SummaryIsolationTests(AppFixture app)
{
    [Fact]
    public async Task Other_schools_and_authorities_get_not_found_and_school_users_cannot_decide()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.WriteAndSendAsync();
        var version = await school.Coordinator.VersionAsync(id);

        var otherSchool = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/accreditation/summaries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/accreditation/summaries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.SaveSummaryAsync(id, version)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.StartSummaryAsync(school.Id, "sex")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/accreditation/schools/{school.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherSchool.DecideAsync(id, "accept", version: version)).StatusCode);

        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/accreditation/summaries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/accreditation/review/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.DecideAsync(id, "accept", version: version)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.RecordOutcomeAsync(id, "Awarded", UkTime.Today(TimeProvider.System), version: version)).StatusCode);
        var queue = await northdale.GetFromJsonAsync<JsonElement>("/api/v1/accreditation/review");
        Assert.DoesNotContain(queue.GetProperty("awaitingDeskCheck").EnumerateArray(), i => i.GetProperty("summaryId").GetGuid() == id);

        var member = await app.SignInAsAsync(app.Lancashire, school.Plan.School.MemberEmail);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/accreditation/summaries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.StartSummaryAsync(school.Id, "sex")).StatusCode);
        await Subscriptions.SubscriptionsTestData.AssertPageRefusedAsync(member, "/accreditation/review");

        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.StartSummaryAsync(school.Id, "sex")).StatusCode);
        Assert.Equal("Sent", (await school.Coordinator.SummaryAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_visit_lists_the_real_status_of_each_summary_it_is_to_verify()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.WriteAndSendAsync();
        var before = await app.SendAsync(app.Lancashire, new GetSummariesToVerifyQuery(school.Id, ["race", "disability"]));
        Assert.Equal(["Sent for checking", "Not started"], before.Select(s => s.StatusLabel));
        Assert.All(before, s => Assert.False(s.Ready));

        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(id, "accept")).StatusCode);
        var after = await app.SendAsync(app.Lancashire, new GetSummariesToVerifyQuery(school.Id, ["race"]));
        Assert.True(Assert.Single(after).Ready);
        Assert.Equal($"/accreditation/review/{id}", after[0].Path);
    }

    [Fact]
    public async Task Pages_of_the_summary_journey_render_for_the_people_who_use_them()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.StartAsync();
        var home = await school.Coordinator.GetStringAsync("/accreditation");
        Assert.Contains("Holistic Diversity", home, StringComparison.Ordinal);
        Assert.Contains("All 6 badges within 3 years earn the Mark", home, StringComparison.Ordinal);
        Assert.Contains("Staff understand how racism shows up in school", await school.Coordinator.GetStringAsync($"/accreditation/summaries/{id}"), StringComparison.Ordinal);
        Assert.Contains("Needed before sending", await school.Coordinator.GetStringAsync($"/accreditation/summaries/{id}/check"), StringComparison.Ordinal);

        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/accreditation")).StatusCode);
        Assert.Contains("Accreditation review", await admin.GetStringAsync("/accreditation/review"), StringComparison.Ordinal);
        Assert.Contains("The outcome cannot be recorded", await admin.GetStringAsync($"/accreditation/review/{id}/outcome"), StringComparison.Ordinal);
    }
}
