using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>A fresh school whose audit has a red cell (leadership × race), ready to plan from, and API helpers for its plan.</summary>
public sealed record PlanSchool(TestSchool School, HttpClient Coordinator, string Element, string Strand)
{
    public Guid Id => School.School.Id;
}

public static class PlanSchools
{
    public static async Task<PlanSchool> CreatePlanSchoolAsync(this AppFixture app, TenantInfo tenant)
    {
        var school = await app.CreateAsync(tenant);
        var coordinator = await app.SignInAsAsync(tenant, school.CoordinatorEmail);
        var audit = await coordinator.StartAuditAsync(school.School.Id);
        var auditId = audit.GetProperty("id").GetGuid();
        foreach (var j in (await coordinator.JudgementsAsync(auditId)).Where(j => j.Element == "leadership" && j.Strand == "race"))
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveJudgementAsync(auditId, j.Item, j.Strand, Rating.Red, j.Version)).StatusCode);
        }

        return new PlanSchool(school, coordinator, "leadership", "race");
    }

    public static Task<HttpResponseMessage> PostObjectiveAsync(this PlanSchool s, object? cells = null, string title = "Staff understand how racism shows up in school", string? reviewOn = "2027-07-01") =>
        s.Coordinator.PostAsJsonAsync("/api/v1/action-plan/objectives", new
        {
            schoolId = s.Id,
            title,
            cells = cells ?? new[] { new { elementKey = s.Element, strandKey = s.Strand } },
            sipReference = "SIP 2.1",
            sipPriority = "Leadership of inclusion",
            successCriteria = "Every member of staff has had anti-racism training",
            reviewOn,
            isPublishedObjective = true,
        });

    public static async Task<Guid> CreateObjectiveAsync(this PlanSchool s)
    {
        var response = await s.PostObjectiveAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("objective").GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PostActionAsync(this HttpClient client, Guid objectiveId, Guid ownerId, string startOn, string dueOn, string description = "Anti-racism training for all staff") =>
        client.PostAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}/actions", new { description, ownerUserId = ownerId, startOn, dueOn, resources = "INSET day", cost = 250.00m });

    public static async Task<JsonElement> CreateActionAsync(this PlanSchool s, Guid objectiveId, Guid ownerId, DateOnly startOn, DateOnly dueOn, string description = "Anti-racism training for all staff")
    {
        var response = await s.Coordinator.PostActionAsync(objectiveId, ownerId, startOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), dueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), description);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> PostProgressAsync(this HttpClient client, Guid actionId, uint version, string status, string? progress, string note, string? droppedReason = null) =>
        client.PostAsJsonAsync($"/api/v1/action-plan/actions/{actionId}/progress", new { version, status, progress, note, droppedReason });

    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase);
    }
}
