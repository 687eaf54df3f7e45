using System.Net;
using System.Net.Http.Json;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Benchmarks;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>
/// The nightly counts are worked out again only when the sent audits changed: a night with no send or return keeps
/// the rows (and says they are current), a return and a send again are each counted the next night.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class BenchmarkCountsRecountTests(AppFixture app)
{
    [Fact]
    public async Task A_quiet_night_keeps_the_counts_and_a_return_or_a_send_is_counted_the_next_night()
    {
        var (authority, admin) = await BenchmarkAudits.AuthorityShowingEveryCountAsync(app);
        await using var _ = authority;
        var tenant = authority.Tenant;
        await BenchmarkAudits.SendAsync(app, tenant, SchoolPhase.Primary, red: true);
        var (returned, returnedAuditId) = await BenchmarkAudits.SendAsync(app, tenant, SchoolPhase.Primary, red: false);
        var year = AcademicYear.For(DateTimeOffset.UtcNow);
        var now = DateTimeOffset.UtcNow;
        var night = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddHours(2);

        await BenchmarkAudits.CountAtAsync(app, tenant, night);
        var first = await RowsAsync(tenant, year);
        Assert.All(first, r => Assert.Equal(2, r.Schools));

        await BenchmarkAudits.CountAtAsync(app, tenant, night.AddDays(1));
        Assert.Equal(first.Select(r => r.Id).Order(), (await RowsAsync(tenant, year)).Select(r => r.Id).Order());
        Assert.Equal(night.AddDays(1), await ComputedAtAsync(tenant));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/audits/{returnedAuditId}/return", new { reason = "Look again." })).StatusCode);
        await BenchmarkAudits.CountAtAsync(app, tenant, night.AddDays(2));
        Assert.All(await RowsAsync(tenant, year), r => Assert.Equal(1, r.Schools));

        var coordinator = await app.SignInAsAsync(tenant, returned.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/audits/{returnedAuditId}/submit", null)).StatusCode);
        await BenchmarkAudits.CountAtAsync(app, tenant, night.AddDays(3));
        Assert.All(await RowsAsync(tenant, year), r => Assert.Equal(2, r.Schools));
    }

    private async Task<List<(Guid Id, int Schools)>> RowsAsync(TenantInfo tenant, int year)
    {
        await using var scope = app.Scope(tenant);
        var rows = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().BenchmarkCounts.AsNoTracking()
            .Where(c => c.AcademicYear == year).Select(c => new { c.Id, c.Schools }).ToListAsync();
        Assert.NotEmpty(rows);
        return rows.Select(r => (r.Id, r.Schools)).ToList();
    }

    private async Task<DateTimeOffset> ComputedAtAsync(TenantInfo tenant)
    {
        await using var scope = app.Scope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().BenchmarkContributions.AsNoTracking().Select(c => c.ComputedAt).SingleAsync();
    }
}
