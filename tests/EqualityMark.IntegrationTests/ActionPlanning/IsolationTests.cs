using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Another school's and another authority's people can neither read nor change a plan, by API or page.</summary>
[Collection(AppTestGroup.Name)]
public sealed class IsolationTests(AppFixture app)
{
    [Fact]
    public async Task Another_school_and_another_authority_get_not_found_for_everything_of_a_plan()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var today = UkTime.Today(TimeProvider.System);
        var action = await s.CreateActionAsync(objectiveId, s.School.MemberId, today, today.AddDays(5));
        var actionId = action.GetProperty("id").GetGuid();

        var intruders = new[]
        {
            await app.SignInAsync("lancashire", "coordinator"),
            await app.SignInAsync("northdale", "admin"),
            await app.SignInAsync("northdale", "coordinator"),
        };
        foreach (var intruder in intruders)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/api/v1/action-plan/objectives/{objectiveId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/api/v1/action-plan/actions/{actionId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/action-plan/objectives/{objectiveId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostProgressAsync(actionId, 1, "Done", "Green", "Not mine")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.PutAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}", new { version = 1, title = "Taken", cells = new[] { new { elementKey = "leadership", strandKey = "race" } }, successCriteria = "x", reviewOn = "2027-07-01" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.DeleteAsync($"/api/v1/action-plan/objectives/{objectiveId}")).StatusCode);
        }

        var otherCoordinator = intruders[0];
        var theirPlan = await otherCoordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan?schoolId={s.Id}");
        Assert.NotEqual(s.Id, theirPlan.GetProperty("schoolId").GetGuid());
        var write = await otherCoordinator.PostAsJsonAsync("/api/v1/action-plan/objectives", new { schoolId = s.Id, title = "Planted", cells = new[] { new { elementKey = "leadership", strandKey = "race" } }, successCriteria = "x", reviewOn = "2027-07-01" });
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruders[1].GetAsync($"/api/v1/action-plan?schoolId={s.Id}")).StatusCode);

        var unchanged = await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/objectives/{objectiveId}");
        Assert.Equal("Staff understand how racism shows up in school", unchanged.GetProperty("objective").GetProperty("title").GetString());
        Assert.Single(unchanged.GetProperty("objective").GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public async Task The_authority_team_reads_and_comments_but_cannot_change_a_plan()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var advisor = await app.SignInAsync("lancashire", "advisor");

        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/action-plan?school={s.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/action-plan/objectives/{objectiveId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.DeleteAsync($"/api/v1/action-plan/objectives/{objectiveId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsJsonAsync("/api/v1/action-plan/objectives", new { schoolId = s.Id, title = "Theirs", cells = new[] { new { elementKey = "leadership", strandKey = "race" } }, successCriteria = "x", reviewOn = "2027-07-01" })).StatusCode);

        var comment = await advisor.PostAsJsonAsync("/api/v1/action-plan/comments", new { schoolId = s.Id, objectiveId, text = "Consider pupil voice too." });
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        Assert.Contains("Consider pupil voice too.", await s.Coordinator.GetStringAsync($"/action-plan/objectives/{objectiveId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.PostAsJsonAsync("/api/v1/action-plan/comments", new { schoolId = s.Id, text = "Self praise" })).StatusCode);

        var list = await advisor.GetFromJsonAsync<JsonElement>("/api/v1/action-plan/schools");
        Assert.True(list.GetProperty("totalSchools").GetInt32() > 0);
        Assert.Contains(list.GetProperty("objectivesByStrand").EnumerateArray(), r => r.GetProperty("strandKey").GetString() == "race" && r.GetProperty("objectives").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.GetAsync("/api/v1/action-plan/schools")).StatusCode);
    }
}
