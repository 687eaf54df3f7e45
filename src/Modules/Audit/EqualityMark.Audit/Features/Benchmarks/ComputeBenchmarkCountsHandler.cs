using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// Counts, per year (this school year and the two before, so last year's audit has its own last year) × phase × element × strand, how many of the authority's sent audits rated the grid cell red,
/// amber or green, and replaces the authority's rows with them in one transaction (under its own row-level security,
/// so it can see and write nothing else). Runs are serialised per authority, so a manual run and the nightly one
/// cannot interleave.
/// </summary>
internal sealed class ComputeBenchmarkCountsHandler(AuditDbContext db, SentGridRatings sentGrids, TimeProvider clock) : IRequestHandler<ComputeBenchmarkCountsCommand, Unit>
{
    public async Task<Unit> Handle(ComputeBenchmarkCountsCommand request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('audit.benchmark_counts'), hashtext(current_setting('app.tenant_id', true)))", cancellationToken);
        var now = clock.GetUtcNow();
        var thisYear = AcademicYear.For(now);
        int[] years = [thisYear - 2, thisYear - 1, thisYear];
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new AuditSettings();
        var audits = await db.Audits.AsNoTracking()
            .Where(a => years.Contains(a.AcademicYear) && a.Status == AuditStatus.Submitted)
            .ToListAsync(cancellationToken);
        var counts = Count(await sentGrids.ForAsync(audits, cancellationToken));

        await db.BenchmarkCounts.ExecuteDeleteAsync(cancellationToken);
        db.BenchmarkCounts.AddRange(counts);
        var contribution = await db.BenchmarkContributions.FirstOrDefaultAsync(cancellationToken);
        if (contribution is null)
        {
            contribution = new BenchmarkContribution();
            db.BenchmarkContributions.Add(contribution);
        }

        contribution.Shares = settings.ShareBenchmarks;
        contribution.Threshold = settings.SuppressionThreshold;
        contribution.ComputedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static List<BenchmarkCount> Count(IReadOnlyList<(SchoolAudit Audit, IReadOnlyList<(string ElementKey, string StrandKey, Rating Rating)> Cells)> grids)
    {
        var schools = grids.GroupBy(g => (g.Audit.AcademicYear, g.Audit.SchoolPhase)).ToDictionary(g => g.Key, g => g.Count());
        return grids
            .SelectMany(g => g.Cells.Select(c => (g.Audit, c.ElementKey, c.StrandKey, c.Rating)))
            .GroupBy(c => (c.Audit.AcademicYear, c.Audit.SchoolPhase, c.ElementKey, c.StrandKey))
            .Select(g => new BenchmarkCount
            {
                AcademicYear = g.Key.AcademicYear,
                Phase = g.Key.SchoolPhase,
                ElementKey = g.Key.ElementKey,
                StrandKey = g.Key.StrandKey,
                Red = g.Count(c => c.Rating == Rating.Red),
                Amber = g.Count(c => c.Rating == Rating.Amber),
                Green = g.Count(c => c.Rating == Rating.Green),
                NotAssessed = g.Count(c => c.Rating == Rating.NotAssessed),
                Schools = schools[(g.Key.AcademicYear, g.Key.SchoolPhase)],
            })
            .ToList();
    }
}
