using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Audit.Demo;

/// <summary>
/// Publishes the default framework for each demo authority and gives two Lancashire schools last year's
/// submitted audit, so the grid has a year to compare with. Idempotent.
/// </summary>
internal sealed class AuditDemoSeeder(TenantScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<TenantDto> tenants;
        await using (var scope = scopes.CreateScope(null))
        {
            tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken);
        }

        foreach (var tenant in tenants.Where(t => t.Code is "lancashire" or "northdale"))
        {
            await using var scope = scopes.CreateScope(new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName));
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var version = await EnsureFrameworkAsync(db, cancellationToken);
            if (tenant.Code == "lancashire")
            {
                var schools = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListSchoolsQuery(), cancellationToken);
                // Pendle Brook's sent audit gives its action plan a summary grid to start from.
                foreach (var school in schools.Where(s => s.Urn is "900101" or "900102"))
                {
                    await EnsureLastYearAuditAsync(db, version, school, cancellationToken);
                }
            }
        }
    }

    private async Task<FrameworkVersion> EnsureFrameworkAsync(AuditDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Settings.AnyAsync(cancellationToken))
        {
            db.Settings.Add(new AuditSettings());
        }

        var published = await db.FrameworkVersions.Where(v => v.Status == FrameworkVersionStatus.Published).OrderBy(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (published is null)
        {
            published = FrameworkVersion.Draft(1, DefaultFramework.Create(), clock.GetUtcNow());
            published.Publish(clock.GetUtcNow());
            db.FrameworkVersions.Add(published);
        }

        await db.SaveChangesAsync(cancellationToken);
        return published;
    }

    private async Task EnsureLastYearAuditAsync(AuditDbContext db, FrameworkVersion version, SchoolDto school, CancellationToken cancellationToken)
    {
        var lastYear = AcademicYear.For(clock.GetUtcNow()) - 1;
        if (await db.Audits.AnyAsync(a => a.SchoolId == school.Id && a.AcademicYear == lastYear, cancellationToken))
        {
            return;
        }

        var audit = new SchoolAudit
        {
            SchoolId = school.Id,
            SchoolPhase = school.Phase.ToString(),
            AcademicYear = lastYear,
            FrameworkVersionId = version.Id,
            StartedAt = clock.GetUtcNow().AddYears(-1),
        };
        db.Audits.Add(audit);
        var ratings = new[] { Rating.Green, Rating.Amber, Rating.Green, Rating.Red, Rating.Amber, Rating.Green, Rating.Green };
        var index = 0;
        foreach (var item in version.Content.Items)
        {
            foreach (var strand in version.Content.StrandsOf(item))
            {
                db.Judgements.Add(new Judgement
                {
                    AuditId = audit.Id,
                    ItemKey = item.Key,
                    ElementKey = item.ElementKey,
                    StrandKey = strand,
                    Rating = ratings[index++ % ratings.Length],
                    Commentary = "Recorded in last year's audit.",
                    UpdatedBy = "Chris Evans",
                    UpdatedAt = audit.StartedAt,
                });
            }
        }

        audit.Submit(clock.GetUtcNow().AddMonths(-10));
        await db.SaveChangesAsync(cancellationToken);
    }
}
