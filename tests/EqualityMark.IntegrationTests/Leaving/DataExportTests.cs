using System.Net;
using EqualityMark.Shared.Security;

namespace EqualityMark.IntegrationTests.Leaving;

/// <summary>A school's and an authority's data as a zip: every module's rows of that school only, files, no secrets, safe CSV, and who may download.</summary>
[Collection(AppTestGroup.Name)]
public sealed class DataExportTests(AppFixture app)
{
    [Fact]
    public async Task A_schools_export_holds_each_modules_rows_and_files_of_that_school_only()
    {
        var school = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var other = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");

        var zip = await ExportZip.DownloadAsync(admin, $"/api/v1/schools/{school.Id}/export");

        var manifest = zip.Json("manifest.json");
        Assert.Equal(school.Id, manifest.GetProperty("school").GetProperty("id").GetGuid());
        Assert.Equal("admin@lancashire.example", manifest.GetProperty("generatedBy").GetString()!.Split('<', '>')[1]);
        Assert.Equal(1, zip.Json("organisations/schools.json").GetArrayLength());
        Assert.Contains(school.Plan.School.CoordinatorEmail, zip.Text("organisations/people.csv"), StringComparison.Ordinal);
        Assert.True(zip.Json("audit/judgements.json").GetArrayLength() > 0);
        Assert.Equal(1, zip.Json("audit/reference-group-members.json").GetArrayLength());
        Assert.Equal(school.ObjectiveId.ToString(), zip.Json("action-planning/objectives.json")[0].GetProperty("Id").GetString());
        Assert.Equal(school.ActionId.ToString(), zip.Json("action-planning/actions.json")[0].GetProperty("Id").GetString());
        Assert.Equal(school.EvidenceBytes, zip.Entries[$"evidence/{school.Id}/{school.EvidenceId}-training-record.pdf"]);
        foreach (var module in new[] { "subscriptions/invoices.json", "accreditation/awards.json", "events/visits.json" })
        {
            Assert.True(zip.Entries.ContainsKey(module), module);
        }

        Assert.DoesNotContain(other.Id.ToString(), zip.AllTables, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Plan.School.CoordinatorEmail, zip.AllTables, StringComparison.Ordinal);
        Assert.DoesNotContain(zip.Entries.Keys, k => k.Contains(other.EvidenceId.ToString(), StringComparison.Ordinal));
        Assert.All(zip.Json("manifest.json").GetProperty("files").EnumerateArray(), f => Assert.True(zip.Entries.ContainsKey(f.GetProperty("path").GetString()!)));
    }

    [Fact]
    public async Task No_secret_ever_leaves_in_an_authority_export()
    {
        await app.CreateLeavingSchoolAsync(app.Lancashire);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");

        var zip = await ExportZip.DownloadAsync(admin, "/api/v1/authority/export");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, zip.Json("manifest.json").GetProperty("school").ValueKind);
        Assert.True(zip.Json("organisations/schools.json").GetArrayLength() > 1);
        Assert.True(zip.Entries.ContainsKey("subscriptions/packages.csv"));
        Assert.True(zip.Entries.ContainsKey("audit/framework-versions.json"));
        var headers = string.Join('\n', zip.Entries.Keys.Where(k => k.EndsWith(".csv", StringComparison.Ordinal)).Select(k => zip.Text(k).Split("\r\n")[0]));
        foreach (var secret in new[] { "Password", "Security stamp", "Concurrency stamp", "Token", "Secret", "Private key", "Protected" })
        {
            Assert.DoesNotContain(secret, headers, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("AQAAAA", zip.AllTables, StringComparison.Ordinal);

        Assert.DoesNotContain(zip.Entries.Keys, k => k.Contains("stripe", StringComparison.OrdinalIgnoreCase) || k.Contains("signing", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("northdale", zip.AllTables, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Csv_files_open_in_excel_and_never_run_a_formula()
    {
        var school = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var coordinator = school.Plan.Coordinator;

        var zip = await ExportZip.DownloadAsync(coordinator, $"/schools/{school.Id}/export");

        var csv = zip.Entries["action-planning/actions.csv"];
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = zip.Text("action-planning/actions.csv");
        Assert.StartsWith("Id,Objective id,School id,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=SUM(1,2) \"\"quoted\"\"\"", text, StringComparison.Ordinal);
        Assert.Equal(LeavingSchools.FormulaAction, zip.Json("action-planning/actions.json")[0].GetProperty("Description").GetString());
    }

    [Fact]
    public async Task Only_administrators_and_the_schools_own_coordinator_may_download_its_data()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var other = await app.CreateAsync(app.Lancashire);
        var advisorEmail = $"advisor-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(app.Lancashire, advisorEmail, "Avery Advisor", Roles.Advisor, null);
        var path = $"/api/v1/schools/{school.School.Id}/export";

        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        await ExportZip.DownloadAsync(coordinator, path);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/schools/{other.School.Id}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/authority/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsAsync(app.Lancashire, school.MemberEmail)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsAsync(app.Lancashire, advisorEmail)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsAsync(app.Northdale, "admin@northdale.example")).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_school_page_offers_the_download_to_administrators_and_the_coordinator_only()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var page = $"/schools/{school.School.Id}";
        const string link = "Download this school's data";

        Assert.Contains(link, await (await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example")).GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains(link, await (await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail)).GetStringAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await (await app.SignInAsAsync(app.Lancashire, school.MemberEmail)).GetStringAsync(page), StringComparison.Ordinal);
        var data = await (await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example")).GetStringAsync("/admin/data");
        Assert.Contains("What is included", data, StringComparison.Ordinal);
    }
}
