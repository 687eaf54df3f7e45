using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Benchmarks;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using EqualityMark.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>
/// Benchmarks: each authority's nightly counts come from sent audits only; the all-authorities figures are made by
/// the insight role, which reads nothing but the counts authorities share and writes nothing but that table; small
/// and give-away counts are withheld; schools and authorities see only their own and the anonymised whole.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class BenchmarkTests(AppFixture app)
{
    [Fact]
    public async Task A_school_sees_its_grid_beside_its_authoritys_schools_counted_from_sent_audits_only()
    {
        var (authority, admin) = await BenchmarkAudits.AuthorityShowingEveryCountAsync(app);
        await using var _ = authority;
        var tenant = authority.Tenant;
        var (redSchool, redAudit) = await BenchmarkAudits.SendAsync(app, tenant, SchoolPhase.Primary, red: true);
        await BenchmarkAudits.SendAsync(app, tenant, SchoolPhase.Primary, red: false);
        await BenchmarkAudits.StartOnlyAsync(app, tenant, SchoolPhase.Primary);

        await app.SendAsync(tenant, new ComputeBenchmarkCountsCommand());

        var coordinator = await app.SignInAsAsync(tenant, redSchool.CoordinatorEmail);
        var figures = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audits/{redAudit}/benchmarks", Json.Options);
        var thisYear = figures.GetProperty("thisYear");
        Assert.Equal(AcademicYear.For(DateTimeOffset.UtcNow), thisYear.GetProperty("academicYear").GetInt32());
        Assert.Equal(2, thisYear.GetProperty("authority").GetProperty("schools").GetInt32());
        var cell = Cell(thisYear, "community", "race");
        Assert.Equal("Red", cell.GetProperty("schoolRating").GetString());
        Assert.Equal(1, cell.GetProperty("authority").GetProperty("red").GetInt32());
        Assert.Equal(1, cell.GetProperty("authority").GetProperty("schools").GetInt32() - cell.GetProperty("authority").GetProperty("red").GetInt32());
        Assert.False(figures.GetProperty("lastYear").GetProperty("authority").GetProperty("isShown").GetBoolean());

        var page = await coordinator.GetStringAsync($"/audit/{redAudit}/benchmarks?strand=race");
        Assert.Contains("How your summary grid compares", page, StringComparison.Ordinal);
        Assert.Contains("1 (50%)", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"em-benchmark-chart\" role=\"img\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/audit/{redAudit}/benchmarks?strand=no-such-strand")).StatusCode);

        var staffView = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/benchmarks?phase=Primary", Json.Options);
        Assert.Equal(1, Cell(staffView.GetProperty("thisYear"), "community", "race").GetProperty("authority").GetProperty("red").GetInt32());
        Assert.Contains("Benchmarks", await admin.GetStringAsync("/audit/benchmarks?phase=Primary&strand=race"), StringComparison.Ordinal);

        // An authority that stops sharing stops seeing the all-authorities figures too.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/audit/settings",
            new { suppressionThreshold = 1, auditDueMonth = 10, delegationReminderDays = 14, submissionReminderDays = 21, shareBenchmarks = false })).StatusCode);
        var withheld = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audits/{redAudit}/benchmarks", Json.Options)).GetProperty("thisYear").GetProperty("allAuthorities");
        Assert.False(withheld.GetProperty("isShown").GetBoolean());
        Assert.Contains("does not share", withheld.GetProperty("notShownReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_all_authorities_figures_leave_out_authorities_that_do_not_share_and_withhold_small_and_give_away_counts()
    {
        // A year of its own, so figures other tests (or earlier runs) wrote never join these.
        var year = Random.Shared.Next(1000, 1900) * 2;
        var (a, b, c, optedOut) = (FakeAuthority(), FakeAuthority(), FakeAuthority(), FakeAuthority());
        await WriteCountsAsync(a, year, threshold: 3, shares: true, schools: 6, red: 2, green: 4);
        await WriteCountsAsync(b, year, threshold: 1, shares: true, schools: 5, red: 1, green: 4);
        await WriteCountsAsync(c, year, threshold: 1, shares: true, schools: 5, red: 0, green: 5);
        await WriteCountsAsync(optedOut, year, threshold: 1, shares: false, schools: 40, red: 40, green: 0);
        // Only two authorities in 1991: too few for figures that no authority could take its own away from.
        await WriteCountsAsync(a, year + 1, threshold: 3, shares: true, schools: 6, red: 2, green: 4, replace: false);
        await WriteCountsAsync(b, year + 1, threshold: 1, shares: true, schools: 5, red: 1, green: 4, replace: false);

        await RunNationalJobAsync();

        await using var scope = app.Scope(null);
        var national = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().NationalBenchmarkCounts.AsNoTracking()
            .Where(n => n.AcademicYear == year || n.AcademicYear == year + 1).ToListAsync();
        var row = Assert.Single(national, n => n.AcademicYear == year && n.ElementKey == "community" && n.StrandKey == "race");
        Assert.Equal((3, 16, 3), (row.Authorities, row.Schools, row.Threshold));
        // 3 red in all: taking B's 1 away leaves 2, fewer than 3 — withheld; then green goes with it (non-zero first, ADR 0021),
        // so the schools that rated the cell minus amber cannot give red back.
        Assert.Null(row.Red);
        Assert.Null(row.Green);
        Assert.Equal(0, row.Amber);
        Assert.DoesNotContain(national, n => n.AcademicYear == year + 1);
    }

    [Fact]
    public async Task The_insight_role_reads_only_shared_counts_and_the_app_role_cannot_write_the_all_authorities_figures()
    {
        var (sharing, notSharing) = (FakeAuthority(), FakeAuthority());
        await WriteCountsAsync(sharing, 1980, threshold: 1, shares: true, schools: 3, red: 1, green: 2);
        await WriteCountsAsync(notSharing, 1980, threshold: 1, shares: false, schools: 3, red: 1, green: 2);

        await using var insight = new NpgsqlConnection(TestDatabase.InsightConnectionString);
        await insight.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(insight, $"SELECT count(*) FROM audit.benchmark_counts WHERE tenant_id = '{sharing.Id}'"));
        Assert.Equal(0L, await ScalarAsync(insight, $"SELECT count(*) FROM audit.benchmark_counts WHERE tenant_id = '{notSharing.Id}'"));
        foreach (var sql in new[]
                 {
                     "SELECT count(*) FROM audit.audits", "SELECT count(*) FROM audit.judgements", "SELECT count(*) FROM audit.settings",
                     "SELECT count(*) FROM organisations.schools",
                     $"INSERT INTO audit.benchmark_counts (id, tenant_id, academic_year, phase, element_key, strand_key, red, amber, green, not_assessed, schools) VALUES (gen_random_uuid(), '{notSharing.Id}', 1980, 'Primary', 'x', 'y', 0, 0, 0, 0, 0)",
                     "UPDATE audit.benchmark_contributions SET shares = true",
                 })
        {
            var refusal = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(insight, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        }

        await using var appRole = new NpgsqlConnection(TestDatabase.AppConnectionString);
        await appRole.OpenAsync();
        foreach (var sql in new[]
                 {
                     "DELETE FROM audit.national_benchmark_counts",
                     "INSERT INTO audit.national_benchmark_counts (id, academic_year, phase, element_key, strand_key, schools, authorities, threshold, computed_at) VALUES (gen_random_uuid(), 1980, 'Primary', 'x', 'y', 1, 1, 1, now())",
                 })
        {
            var refusal = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(appRole, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        }
    }

    [Fact]
    public async Task Nobody_reads_another_schools_or_authoritys_benchmarks_and_bad_input_is_refused()
    {
        var own = await app.CreateAsync(app.Lancashire);
        var other = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, own.CoordinatorEmail);
        var otherCoordinator = await app.SignInAsAsync(app.Lancashire, other.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(own.School.Id)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/audits/{auditId}/benchmarks")).StatusCode);

        Assert.Contains((await otherCoordinator.GetAsync($"/api/v1/audits/{auditId}/benchmarks")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await otherCoordinator.GetAsync($"/audit/{auditId}/benchmarks")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        var northdale = await app.SignInAsAsync(app.Northdale, "admin@northdale.example");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/audits/{auditId}/benchmarks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/audit/benchmarks")).StatusCode);

        var lancashireAdmin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        foreach (var query in new[] { "year=abc", "phase=Bogus" })
        {
            var bad = await lancashireAdmin.GetAsync($"/api/v1/audit/benchmarks?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        var early = await lancashireAdmin.GetAsync("/api/v1/audit/benchmarks?year=1999");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("2000 to 2100", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Year")[0].GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Cell(JsonElement year, string element, string strand) =>
        year.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("elementKey").GetString() == element && c.GetProperty("strandKey").GetString() == strand);

    private static TenantInfo FakeAuthority()
    {
        var code = $"bench-{Guid.NewGuid():N}"[..16];
        return new TenantInfo(Guid.NewGuid(), code, $"Benchmark Council {code}", "Benchmark Mark");
    }

    /// <summary>One cell (community × race) of one phase, written as the authority's own nightly job would, under its row-level security.</summary>
    private async Task WriteCountsAsync(TenantInfo tenant, int year, int threshold, bool shares, int schools, int red, int green, bool replace = true)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        if (replace)
        {
            db.BenchmarkContributions.Add(new BenchmarkContribution { Shares = shares, Threshold = threshold, ComputedAt = DateTimeOffset.UtcNow });
        }

        db.BenchmarkCounts.Add(new BenchmarkCount
        {
            AcademicYear = year, Phase = nameof(SchoolPhase.Primary), ElementKey = "community", StrandKey = "race",
            Red = red, Amber = 0, Green = green, NotAssessed = schools - red - green, Schools = schools,
        });
        await db.SaveChangesAsync();
    }

    private async Task RunNationalJobAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NationalBenchmarksJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
