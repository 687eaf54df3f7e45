using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// Reads only the nightly aggregates: the authority's own rows (its row-level security) and the already-protected
/// all-authorities table. Nothing here queries another authority's data.
/// </summary>
internal sealed class BenchmarksHandler(AuditDbContext db, AuditAccess access, GridCalculator grids, ITenantContext tenant, TimeProvider clock) :
    IRequestHandler<GetSchoolBenchmarksQuery, BenchmarksDto>,
    IRequestHandler<GetAuthorityBenchmarksQuery, BenchmarksDto>
{
    public async Task<BenchmarksDto> Handle(GetSchoolBenchmarksQuery request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        if (!GridSharing.IsVisibleTo(access.User, audit.GridSharedAt))
        {
            throw new ForbiddenException(GridSharing.NotSharedMessage);
        }

        var phase = Enum.Parse<SchoolPhase>(audit.SchoolPhase);
        var previous = await db.Audits.AsNoTracking()
            .Where(a => a.SchoolId == audit.SchoolId && a.AcademicYear == audit.AcademicYear - 1).FirstOrDefaultAsync(cancellationToken);
        var ratings = (await grids.GridsAsync(previous is null ? [audit] : [audit, previous], cancellationToken))
            .ToDictionary(g => g.AcademicYear, g => g.Cells.ToDictionary(c => (c.ElementKey, c.StrandKey), c => c.Rating));
        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        return await BuildAsync(audit.AcademicYear, phase, content, audit.Id, audit.SchoolId, ratings, cancellationToken);
    }

    public async Task<BenchmarksDto> Handle(GetAuthorityBenchmarksQuery request, CancellationToken cancellationToken)
    {
        if (!access.User.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team sees every school's figures.");
        }

        if (request.Year is < 2000 or > 2100)
        {
            throw RequestValidationException.For(nameof(request.Year), "Enter a school year from 2000 to 2100");
        }

        var year = request.Year ?? AcademicYear.For(clock.GetUtcNow());
        var phase = request.Phase ?? await MostCommonPhaseAsync(year, cancellationToken);
        var version = await db.FrameworkVersions.AsNoTracking().Where(v => v.Status == FrameworkVersionStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return await BuildAsync(year, phase, version?.Content ?? DefaultFramework.Create(), null, null, new Dictionary<int, Dictionary<(string, string), Rating>>(), cancellationToken);
    }

    private async Task<BenchmarksDto> BuildAsync(int year, SchoolPhase phase, FrameworkContent content, Guid? auditId, Guid? schoolId,
        IReadOnlyDictionary<int, Dictionary<(string, string), Rating>> schoolRatings, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new AuditSettings();
        int[] years = [year - 1, year];
        var own = await db.BenchmarkCounts.AsNoTracking().Where(c => years.Contains(c.AcademicYear)).ToListAsync(cancellationToken);
        var phaseName = phase.ToString();
        var national = settings.ShareBenchmarks
            ? await db.NationalBenchmarkCounts.AsNoTracking().Where(c => years.Contains(c.AcademicYear) && c.Phase == phaseName).ToListAsync(cancellationToken)
            : [];
        var computedAt = await db.BenchmarkContributions.AsNoTracking().Select(c => (DateTimeOffset?)c.ComputedAt).FirstOrDefaultAsync(cancellationToken);

        BenchmarkYearDto Year(int academicYear)
        {
            var (authorityGroup, authorityCells) = AuthorityFigures.For(own.Where(c => c.AcademicYear == academicYear).ToList(), phase, settings.SuppressionThreshold);
            var (allGroup, allCells) = AllAuthoritiesFigures.For(national.Where(c => c.AcademicYear == academicYear).ToList(), settings.ShareBenchmarks, settings.SuppressionThreshold);
            var ratings = schoolRatings.GetValueOrDefault(academicYear);
            var cells = (from element in content.Elements
                         from strand in content.Strands
                         let key = (element.Key, strand.Key)
                         select new BenchmarkCellDto(element.Key, strand.Key,
                             ratings is null ? null : ratings.TryGetValue(key, out var rating) ? rating : null,
                             authorityCells.GetValueOrDefault(key), allCells.GetValueOrDefault(key)))
                        .ToList();
            return new BenchmarkYearDto(academicYear, authorityGroup, allGroup, cells);
        }

        return new BenchmarksDto(auditId, schoolId, phase, Enum.GetValues<SchoolPhase>(), tenant.Tenant?.Name ?? string.Empty, settings.ShareBenchmarks, computedAt,
            content.Elements.Select(e => new NamedKeyDto(e.Key, e.Name)).ToList(), content.Strands.Select(s => new NamedKeyDto(s.Key, s.Name)).ToList(),
            Year(year), Year(year - 1));
    }

    private async Task<SchoolPhase> MostCommonPhaseAsync(int year, CancellationToken cancellationToken)
    {
        var phase = await db.BenchmarkCounts.AsNoTracking().Where(c => c.AcademicYear == year)
            .GroupBy(c => c.Phase).Select(g => new { Phase = g.Key, Schools = g.Max(c => c.Schools) })
            .OrderByDescending(g => g.Schools).ThenBy(g => g.Phase).Select(g => g.Phase).FirstOrDefaultAsync(cancellationToken);
        return phase is null ? SchoolPhase.Primary : Enum.Parse<SchoolPhase>(phase);
    }
}
