using System.Net;
using System.Net.Http.Json;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Benchmarks;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>
/// The counts job: which school years it counts turns on 1 September in UK time (in summer time, so an hour before
/// midnight UTC), and two runs at once for one authority leave one set of counts, not two or none.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class BenchmarkCountsTimingTests(AppFixture app)
{
    [Fact]
    public async Task This_years_audits_are_counted_from_1_September_in_UK_time_and_concurrent_runs_leave_one_set_of_counts()
    {
        var (authority, admin) = await BenchmarkAudits.AuthorityShowingEveryCountAsync(app);
        await using var _ = authority;
        var tenant = authority.Tenant;
        await BenchmarkAudits.SendAsync(app, tenant, SchoolPhase.Primary, red: true);
        var year = AcademicYear.For(DateTimeOffset.UtcNow);

        async Task<int[]> YearsCountedAtAsync(DateTimeOffset moment)
        {
            await BenchmarkAudits.CountAtAsync(app, tenant, moment);
            await using var read = app.Scope(tenant);
            return await read.ServiceProvider.GetRequiredService<AuditDbContext>().BenchmarkCounts.AsNoTracking()
                .Select(c => c.AcademicYear).Distinct().ToArrayAsync();
        }

        // 31 August 23:30 BST (22:30 UTC) is still the year before this audit's: it is not counted yet.
        Assert.Empty(await YearsCountedAtAsync(new DateTimeOffset(year, 8, 31, 22, 30, 0, TimeSpan.Zero)));
        // 1 September 00:30 BST (31 August 23:30 UTC) begins its year.
        Assert.Equal([year], await YearsCountedAtAsync(new DateTimeOffset(year, 8, 31, 23, 30, 0, TimeSpan.Zero)));
        // Three years on it is counted until the last minute of August (UK time), and dropped from 1 September.
        Assert.Equal([year], await YearsCountedAtAsync(new DateTimeOffset(year + 3, 8, 31, 22, 30, 0, TimeSpan.Zero)));
        Assert.Empty(await YearsCountedAtAsync(new DateTimeOffset(year + 3, 8, 31, 23, 30, 0, TimeSpan.Zero)));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SendAsync(tenant, new ComputeBenchmarkCountsCommand())));
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var rows = await db.BenchmarkCounts.AsNoTracking().Where(c => c.AcademicYear == year).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Select(r => (r.Phase, r.ElementKey, r.StrandKey)).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(1, r.Schools));
        Assert.Equal(1, await db.BenchmarkContributions.CountAsync());
    }
}
