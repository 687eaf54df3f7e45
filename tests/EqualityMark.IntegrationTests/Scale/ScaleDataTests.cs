using System.Globalization;
using System.Net;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.ScaleData;
using EqualityMark.Shared.Data;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Scale;

/// <summary>
/// The England-scale generator at a tiny scale (2 authorities, 30 schools): what it writes as the owner role is
/// readable through the app's role and pages, each authority sees only its own rows, and a seed gives the same plan.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ScaleDataTests(AppFixture app)
{
    [Fact]
    public async Task Generated_authorities_work_through_the_app_and_stay_apart()
    {
        var prefix = "sd" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..6];
        var options = new ScaleOptions(TestDatabase.OwnerConnectionString, Authorities: 2, Schools: 30, LargestAuthority: 20, Seed: 7,
            Template: "lancashire", Today: DateOnly.FromDateTime(DateTime.UtcNow), CodePrefix: prefix);

        var summary = await ScaleDataGenerator.GenerateAsync(options, TextWriter.Null, CancellationToken.None);

        Assert.Equal([20, 10], summary.Authorities.Select(a => a.Schools));
        Assert.True(summary.Judgements > 1000, $"only {summary.Judgements} judgements");
        var (first, second) = (summary.Authorities[0], summary.Authorities[1]);
        var firstSchools = await SchoolsSeenByAppRoleAsync(first.Id);
        Assert.Equal(20, firstSchools.Count);
        Assert.Equal(10, (await SchoolsSeenByAppRoleAsync(second.Id)).Count);
        Assert.Empty(await SchoolsSeenByAppRoleAsync(null));

        var admin = await app.SignInAsync(first.Code, "admin");
        var statuses = await admin.AllItemsAsync<System.Text.Json.JsonElement>($"/api/v1/audit/statuses?year={options.AcademicYear}");
        Assert.Equal(firstSchools.Count, statuses.Count);
        Assert.All(statuses, s => Assert.Contains(s.GetProperty("schoolId").GetGuid(), firstSchools.Keys));

        var (schoolId, urn) = firstSchools.First();
        var coordinator = await app.SignInAsync(first.Code, $"coordinator.{urn}");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/schools/{schoolId}/audits")).StatusCode);
        var otherSchool = (await SchoolsSeenByAppRoleAsync(second.Id)).Keys.First();
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/schools/{otherSchool}/audits")).StatusCode);

        Assert.Equal(AuthorityPlan.For(options), AuthorityPlan.For(options));
    }

    /// <summary>Schools (id → URN) as the app's role sees them with the authority set, as every request sets it.</summary>
    private static async Task<Dictionary<Guid, string>> SchoolsSeenByAppRoleAsync(Guid? tenantId)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.AppConnectionString);
        await connection.OpenAsync();
        await TenantSessionSetting.ApplyAsync(connection, tenantId, CancellationToken.None);
        await using var command = new NpgsqlCommand("SELECT id, urn FROM organisations.schools ORDER BY urn", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var schools = new Dictionary<Guid, string>();
        while (await reader.ReadAsync())
        {
            schools[reader.GetGuid(0)] = reader.GetString(1).Trim();
        }

        return schools;
    }
}
