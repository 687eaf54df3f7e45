using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>Authorities edit a draft framework and publish it; audits keep the version they started on.</summary>
[Collection(AppTestGroup.Name)]
public sealed class FrameworkVersionTests(AppFixture app)
{
    [Fact]
    public async Task Publishing_a_new_version_leaves_existing_audits_on_theirs()
    {
        var school = await app.CreateAsync(app.Northdale);
        var coordinator = await app.SignInAsAsync(app.Northdale, school.CoordinatorEmail);
        var oldAuditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        var oldNumber = (await coordinator.GetJsonAsync($"/api/v1/audits/{oldAuditId}")).GetProperty("audit").GetProperty("frameworkNumber").GetInt32();

        var admin = await app.SignInAsync("northdale", "admin");
        var draft = await (await admin.PostAsync("/api/v1/audit/framework/drafts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var draftId = draft.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/v1/audit/framework/drafts", null)).StatusCode);

        var changed = await admin.PostAsJsonAsync($"/api/v1/audit/framework/versions/{draftId}/items",
            new { key = "leadership-01", elementKey = "leadership", strandKey = (string?)null, statement = "Leaders publish an equality vision each year.", guidance = "g", evidence = "e" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var added = await admin.PostAsJsonAsync($"/api/v1/audit/framework/versions/{draftId}/items",
            new { elementKey = "environment", strandKey = "sex", statement = "Toilets and changing rooms meet everyone's needs.", guidance = "g", evidence = "e" });
        Assert.StartsWith("environment-sex-", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/audit/framework/versions/{draftId}/items",
            new { elementKey = "nowhere", statement = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/audit/framework/versions/{draftId}/items",
            new { elementKey = "leadership", statement = "Too late" })).StatusCode);

        var oldWorkspace = await coordinator.GetJsonAsync($"/api/v1/audits/{oldAuditId}");
        Assert.Equal(oldNumber, oldWorkspace.GetProperty("audit").GetProperty("frameworkNumber").GetInt32());
        Assert.DoesNotContain(oldWorkspace.GetProperty("items").EnumerateArray(), i => i.GetProperty("item").GetProperty("key").GetString() == "environment-sex-01");

        var versions = await admin.GetJsonAsync("/api/v1/audit/framework/versions");
        Assert.Equal(draft.GetProperty("number").GetInt32(), versions.EnumerateArray().First().GetProperty("number").GetInt32());
        Assert.Equal("Published", versions.EnumerateArray().First().GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_framework_exports_and_imports_as_json_and_csv_and_bad_files_are_refused()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var versions = await admin.GetJsonAsync("/api/v1/audit/framework/versions");
        var published = versions.EnumerateArray().First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var json = await admin.GetStringAsync($"/api/v1/audit/framework/versions/{published}/export.json");
        var csv = await admin.GetStringAsync($"/api/v1/audit/framework/versions/{published}/export.csv");
        Assert.Contains("\"strands\"", json, StringComparison.Ordinal);
        Assert.StartsWith("key,element,strand,statement,guidance,evidence", csv, StringComparison.Ordinal);

        var draftResponse = await admin.PostAsync("/api/v1/audit/framework/drafts", null);
        var draftId = (await draftResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        try
        {
            var badCsv = await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/import?format=csv", new StringContent("wrong,header\n", Encoding.UTF8, "text/csv"));
            Assert.Equal(HttpStatusCode.BadRequest, badCsv.StatusCode);
            var badJson = await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/import?format=json", new StringContent("{ nope", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);

            var fewerItems = string.Join('\n', csv.Split('\n').Take(4)) + "\n";
            var imported = await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/import?format=csv", new StringContent(fewerItems, Encoding.UTF8, "text/csv"));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            Assert.Equal(3, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("itemCount").GetInt32());

            var roundTrip = await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/import?format=json", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, roundTrip.StatusCode);
            Assert.Equal(json, await admin.GetStringAsync($"/api/v1/audit/framework/versions/{draftId}/export.json"));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/publish", null)).StatusCode);
        }
    }

    [Fact]
    public async Task Starting_from_last_year_carries_judgements_forward_and_the_grid_compares_the_years()
    {
        var coordinator = await app.SignInAsync("lancashire", "coordinator2");
        var schoolId = (await coordinator.GetJsonAsync("/api/v1/schools")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        var audit = await coordinator.StartAuditAsync(schoolId, copyLastYear: true);
        Assert.True(audit.GetProperty("total").GetInt32() > 100);
        Assert.Equal(audit.GetProperty("total").GetInt32(), audit.GetProperty("assessed").GetInt32());

        var auditId = audit.GetProperty("id").GetGuid();
        var grid = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/grid");
        Assert.Equal(JsonValueKind.Object, grid.GetProperty("previous").ValueKind);
        // This year's grid is this audit's, last year's is last year's audit's own grid, cell for cell.
        Assert.Equal(auditId, grid.GetProperty("grid").GetProperty("auditId").GetGuid());
        var lastYear = (await coordinator.GetJsonAsync($"/api/v1/schools/{schoolId}/audits")).GetProperty("earlier").EnumerateArray().First().GetProperty("id").GetGuid();
        var lastYearsGrid = (await coordinator.GetJsonAsync($"/api/v1/audits/{lastYear}/grid")).GetProperty("grid");
        Assert.Equal(lastYear, grid.GetProperty("previous").GetProperty("auditId").GetGuid());
        Assert.Equal(lastYearsGrid.GetProperty("cells").GetRawText(), grid.GetProperty("previous").GetProperty("cells").GetRawText());

        // The workspace counts the whole audit's progress, whether it shows every element or one.
        var first = (await coordinator.JudgementsAsync(auditId))[0];
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveJudgementAsync(auditId, first.Item, first.Strand, Rating.NotAssessed, first.Version)).StatusCode);
        grid = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/grid");
        var workspace = (await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}")).GetProperty("audit");
        var element = grid.GetProperty("grid").GetProperty("elements")[0].GetProperty("key").GetString();
        var oneElement = (await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}?element={element}")).GetProperty("audit");
        foreach (var counted in new[] { workspace, oneElement, grid.GetProperty("audit") })
        {
            Assert.Equal((audit.GetProperty("total").GetInt32(), audit.GetProperty("assessed").GetInt32() - 1), (counted.GetProperty("total").GetInt32(), counted.GetProperty("assessed").GetInt32()));
            Assert.Equal(audit.GetProperty("frameworkNumber").GetInt32(), counted.GetProperty("frameworkNumber").GetInt32());
        }

        Assert.Contains("last year:", await coordinator.GetStringAsync($"/audit/{audit.GetProperty("id").GetGuid()}/grid"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_edit_the_framework()
    {
        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsync("/api/v1/audit/framework/drafts", null)).StatusCode);
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/audit/framework/versions")).StatusCode);
    }
}
