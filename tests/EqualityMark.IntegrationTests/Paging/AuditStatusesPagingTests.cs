using System.Net;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.IntegrationTests.Schools;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Paging;

/// <summary>
/// The schools' audits for a year come a page of schools at a time (/audit/schools, /api/v1/audit/statuses), each page
/// reading only its own schools' audits, in the same number of queries however many audits the year holds.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class AuditStatusesPagingTests(AppFixture app)
{
    private static int Year => AcademicYear.For(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Statuses_come_a_page_of_schools_at_a_time_with_their_audits()
    {
        var (authority, schools) = await AuthorityWithSchoolsAsync("Audited School", 52);
        await using var _ = authority;

        await AddSubmittedAuditAsync(authority.Tenant, schools[51]);
        var advisor = await app.SignInAsAsync(authority.Tenant, authority.AdvisorEmail);

        var second = await advisor.GetJsonAsync($"/api/v1/audit/statuses?year={Year}&phase=Primary&page=2");
        Assert.Equal(52, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pages").GetInt32());
        var rows = second.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Audited School 50", "Audited School 51"], rows.Select(r => r.GetProperty("schoolName").GetString()));
        Assert.Equal("NotStarted", rows[0].GetProperty("status").GetString());
        Assert.Equal("Submitted", rows[1].GetProperty("status").GetString());
        Assert.Equal(50, (await advisor.GetJsonAsync($"/api/v1/audit/statuses?year={Year}")).GetProperty("items").GetArrayLength());
        await PagedApiAssert.RefusesBadPagesAsync(advisor, $"/api/v1/audit/statuses?year={Year}", pages: 2);

        var page = await advisor.GetStringAsync($"/audit/schools?Year={Year}&Phase=Primary&page=2");
        Assert.Contains("Showing 51 to 52 of 52 schools", page, StringComparison.Ordinal);
        Assert.Contains("Audited School 51", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Audited School 00", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/audit/schools?Year={Year}&amp;Phase=Primary&amp;page=1\" rel=\"prev\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"shownPage\" value=\"2\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_reads_as_many_queries_whether_the_year_has_one_audit_or_fifty()
    {
        var (authority, schools) = await AuthorityWithSchoolsAsync("Counted School", 51);
        await using var _ = authority;

        await AddSubmittedAuditAsync(authority.Tenant, schools[0]);
        var advisor = await app.SignInAsAsync(authority.Tenant, authority.AdvisorEmail);
        var before = await app.QueriesToLoadAsync(advisor, $"/audit/schools?Year={Year}&page=2");
        foreach (var school in schools.Skip(1))
        {
            await AddSubmittedAuditAsync(authority.Tenant, school);
        }

        Assert.True(before > 0, "The page's queries were not counted.");
        Assert.Equal(before, await app.QueriesToLoadAsync(advisor, $"/audit/schools?Year={Year}&page=2"));
    }

    [Fact]
    public async Task No_page_holds_another_authoritys_school_or_audit()
    {
        var (authority, _) = await AuthorityWithSchoolsAsync("Separate School", 51);
        await using var __ = authority;

        var lancashireSchool = (await app.CreateAsync(app.Lancashire)).School;
        await AddSubmittedAuditAsync(app.Lancashire, lancashireSchool);
        var advisor = await app.SignInAsAsync(authority.Tenant, authority.AdvisorEmail);

        var all = await advisor.AllItemsAsync<System.Text.Json.JsonElement>($"/api/v1/audit/statuses?year={Year}");
        Assert.Equal(51, all.Count);
        Assert.All(all, row => Assert.StartsWith("Separate School", row.GetProperty("schoolName").GetString(), StringComparison.Ordinal));
        Assert.All(all, row => Assert.Equal("NotStarted", row.GetProperty("status").GetString()));
        Assert.DoesNotContain(lancashireSchool.Name, await advisor.GetStringAsync($"/audit/schools?Year={Year}&page=2"), StringComparison.Ordinal);
        var coordinator = await app.SignInAsAsync(app.Lancashire, (await app.CreateAsync(app.Lancashire)).CoordinatorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/v1/audit/statuses?year={Year}")).StatusCode);
    }

    private async Task<(TestAuthority Authority, List<SchoolDto> Schools)> AuthorityWithSchoolsAsync(string namePrefix, int count)
    {
        var authority = await app.CreateAuthorityAsync();
        await (await app.SignInAsAsync(authority.Tenant, authority.AdminEmail)).PublishFrameworkAsync();
        var schools = new List<SchoolDto>();
        for (var i = 0; i < count; i++)
        {
            schools.Add(await app.AddSchoolAsync(authority.Tenant, $"{namePrefix} {i:D2}", SchoolPhase.Primary));
        }

        return (authority, schools);
    }

    private async Task AddSubmittedAuditAsync(TenantInfo tenant, SchoolDto school)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        // The authority's published framework, as a real audit has: views over sent audits grid them by it.
        var versionId = await db.FrameworkVersions.Where(v => v.Status == FrameworkVersionStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        var audit = new SchoolAudit
        {
            SchoolId = school.Id, SchoolPhase = school.Phase.ToString(), AcademicYear = Year, FrameworkVersionId = versionId, StartedAt = DateTimeOffset.UtcNow,
        };
        audit.Submit(DateTimeOffset.UtcNow);
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
    }
}
