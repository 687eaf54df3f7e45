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
/// so it can see and write nothing else). When no audit was sent or returned since, the counts stand and the run only
/// records that they are current. Runs are serialised per authority, so a manual run and the nightly one
/// cannot interleave.
/// </summary>
internal sealed class ComputeBenchmarkCountsHandler(AuditDbContext db, SentGridRatings sentGrids, TimeProvider clock) : IRequestHandler<ComputeBenchmarkCountsCommand, Unit>
{
    private static readonly TimeSpan SendMargin = TimeSpan.FromHours(1);

    public async Task<Unit> Handle(ComputeBenchmarkCountsCommand request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('audit.benchmark_counts'), hashtext(current_setting('app.tenant_id', true)))", cancellationToken);
        var now = clock.GetUtcNow();
        var thisYear = AcademicYear.For(now);
        int[] years = [thisYear - 2, thisYear - 1, thisYear];
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new AuditSettings();
        var sent = db.Audits.AsNoTracking().Where(a => years.Contains(a.AcademicYear) && a.Status == AuditStatus.Submitted);
        var contribution = await db.BenchmarkContributions.FirstOrDefaultAsync(cancellationToken);
        if (contribution is null || !await UnchangedSinceAsync(contribution.ComputedAt, years, sent, cancellationToken))
        {
            var counts = Count(await sentGrids.ForAsync(await sent.ToListAsync(cancellationToken), cancellationToken));
            await db.BenchmarkCounts.ExecuteDeleteAsync(cancellationToken);
            db.BenchmarkCounts.AddRange(counts);
        }

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

    /// <summary>
    /// True when the stored counts still describe the sent audits, so the night's run only confirms them: no audit was
    /// sent since they were counted (an hour's margin covers a send whose transaction was still open then; sending
    /// again also gives a new sent time), and each year has as many sent audits as were counted (a return lowers it).
    /// </summary>
    private async Task<bool> UnchangedSinceAsync(DateTimeOffset computedAt, int[] years, IQueryable<SchoolAudit> sent, CancellationToken cancellationToken)
    {
        var now = await sent.GroupBy(a => a.AcademicYear)
            .Select(g => new { Year = g.Key, Audits = g.Count(), Latest = g.Max(a => a.SubmittedAt) }).ToListAsync(cancellationToken);
        if (now.Any(y => y.Latest >= computedAt - SendMargin))
        {
            return false;
        }

        var counted = (await db.BenchmarkCounts.AsNoTracking().GroupBy(c => new { c.AcademicYear, c.Phase })
                .Select(g => new { g.Key.AcademicYear, Schools = g.Max(c => c.Schools) }).ToListAsync(cancellationToken))
            .GroupBy(c => c.AcademicYear).ToDictionary(g => g.Key, g => g.Sum(c => c.Schools));
        return counted.Keys.All(years.Contains)
            && years.All(year => counted.GetValueOrDefault(year) == (now.FirstOrDefault(y => y.Year == year)?.Audits ?? 0));
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
