using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>A school with a race objective (with impact) in its plan, ready to write its Race summary; API helpers for summaries and decisions.</summary>
public sealed record AccreditationSchool(PlanSchool Plan, Guid ObjectiveId)
{
    public Guid Id => Plan.Id;

    public HttpClient Coordinator => Plan.Coordinator;
}

public static class AccreditationSchools
{
    public static async Task<AccreditationSchool> CreateAccreditationSchoolAsync(this AppFixture app, TenantInfo tenant)
    {
        var plan = await app.CreatePlanSchoolAsync(tenant);
        var objectiveId = await plan.CreateObjectiveAsync();
        var impact = await plan.Coordinator.PostAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}/impact",
            new { whatChanged = "Staff challenge racist language", strandKey = "race", group = "Pupils from minority ethnic groups", measure = "Incidents reported", before = "12", after = "3" });
        Assert.True(impact.IsSuccessStatusCode, await impact.Content.ReadAsStringAsync());
        return new AccreditationSchool(plan, objectiveId);
    }

    public static Task<HttpResponseMessage> StartSummaryAsync(this HttpClient client, Guid schoolId, string strandKey = "race") =>
        client.PostAsJsonAsync("/api/v1/accreditation/summaries", new { schoolId, strandKey });

    public static async Task<Guid> StartAsync(this AccreditationSchool school, string strandKey = "race")
    {
        var response = await school.Coordinator.StartSummaryAsync(school.Id, strandKey);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> SummaryAsync(this HttpClient client, Guid summaryId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/accreditation/summaries/{summaryId}");

    public static async Task<uint> VersionAsync(this HttpClient client, Guid summaryId) =>
        (await client.SummaryAsync(summaryId)).GetProperty("rowVersion").GetUInt32();

    public static Task<HttpResponseMessage> SaveSummaryAsync(this HttpClient client, Guid summaryId, uint version, string actions = "Anti-racism training for every member of staff; a new incident log.", string outcomes = "Racist incidents fell from 12 to 3 a term; pupils say staff act.") =>
        client.PutAsJsonAsync($"/api/v1/accreditation/summaries/{summaryId}", new { version, actionsTaken = actions, outcomesAchieved = outcomes, pupilVoice = "School council survey: 9 in 10 feel safe reporting." });

    public static Task<HttpResponseMessage> AttachDocumentAsync(this HttpClient client, Guid summaryId, string name = "Incident log summary.pdf") =>
        client.UploadAsync($"/accreditation/summaries/{summaryId}", name, EvidenceUploads.Pdf, "Document");

    public static async Task<HttpResponseMessage> SendSummaryAsync(this HttpClient client, Guid summaryId) =>
        await client.PostAsJsonAsync($"/api/v1/accreditation/summaries/{summaryId}/send", new { version = await client.VersionAsync(summaryId) });

    /// <summary>Writes, documents and sends a summary; returns its id.</summary>
    public static async Task<Guid> WriteAndSendAsync(this AccreditationSchool school, string strandKey = "race")
    {
        var id = await school.StartAsync(strandKey);
        Assert.Equal(HttpStatusCode.OK, (await school.Coordinator.SaveSummaryAsync(id, await school.Coordinator.VersionAsync(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await school.Coordinator.AttachDocumentAsync(id)).StatusCode);
        var sent = await school.Coordinator.SendSummaryAsync(id);
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient staff, Guid summaryId, string decision, string? comments = null, uint? version = null) =>
        await staff.PostAsJsonAsync($"/api/v1/accreditation/review/{summaryId}/{decision}", new { version = version ?? await staff.VersionAsync(summaryId), comments });

    public static async Task<HttpResponseMessage> RecordOutcomeAsync(
        this HttpClient staff, Guid summaryId, string outcome, DateOnly visitedOn, string? comments = null, string? nextSteps = null, uint? version = null) =>
        await staff.PostAsJsonAsync($"/api/v1/accreditation/review/{summaryId}/outcome", new
        {
            version = version ?? await staff.VersionAsync(summaryId),
            outcome,
            visitedOn = visitedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            comments,
            nextSteps,
        });

    /// <summary>Puts a badge straight into the school's awards, as if verified earlier.</summary>
    public static Task AddBadgeAsync(this AppFixture app, TenantInfo tenant, AccreditationSchool school, string strandKey, DateOnly awardedOn, DateOnly? expiresOn) =>
        app.AddAwardAsync(tenant, school.Plan.School.School, strandKey, awardedOn, expiresOn);
}
