using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>The Audit API as a test calls it, with the JSON shapes the pages use.</summary>
public static class AuditApi
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} gave {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A new authority starts with no framework: the administrator publishes the default one.</summary>
    public static async Task PublishFrameworkAsync(this HttpClient admin)
    {
        var draftId = (await (await admin.PostAsync("/api/v1/audit/framework/drafts", null)).Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/publish", null)).StatusCode);
    }

    public static async Task<JsonElement> StartAuditAsync(this HttpClient coordinator, Guid schoolId, bool copyLastYear = false)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/schools/{schoolId}/audits", new { copyLastYear });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every visible judgement of an audit: (itemKey, elementKey, strandKey, version, canEdit).</summary>
    public static async Task<List<(string Item, string Element, string Strand, uint Version, bool CanEdit)>> JudgementsAsync(this HttpClient client, Guid auditId)
    {
        var workspace = await client.GetJsonAsync($"/api/v1/audits/{auditId}");
        return workspace.GetProperty("items").EnumerateArray().SelectMany(item => item.GetProperty("judgements").EnumerateArray().Select(j => (
            j.GetProperty("itemKey").GetString()!,
            item.GetProperty("item").GetProperty("elementKey").GetString()!,
            j.GetProperty("strandKey").GetString()!,
            j.GetProperty("version").GetUInt32(),
            j.GetProperty("canEdit").GetBoolean()))).ToList();
    }

    public static Task<HttpResponseMessage> SaveJudgementAsync(this HttpClient client, Guid auditId, string item, string strand, Rating rating, uint version, string commentary = "") =>
        client.PutAsJsonAsync($"/api/v1/audits/{auditId}/judgements/{item}/{strand}",
            new { rating = rating.ToString(), commentary, evidenceNotes = "Seen in books", expectedVersion = version });

    public static async Task<Rating> CellAsync(this HttpClient client, Guid auditId, string element, string strand)
    {
        var grid = await client.GetJsonAsync($"/api/v1/audits/{auditId}/grid");
        var cell = grid.GetProperty("grid").GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("elementKey").GetString() == element && c.GetProperty("strandKey").GetString() == strand);
        return Enum.Parse<Rating>(cell.GetProperty("rating").GetString()!);
    }

    /// <summary>The reference group must include a senior leader before the audit can be sent.</summary>
    public static async Task AddSeniorLeaderAsync(this HttpClient coordinator, Guid schoolId)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/schools/{schoolId}/reference-group/members", new { fullName = "Hana Head", category = "SeniorLeadership" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
