using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>Builds an audit's summary grid: each cell derived from its judgements by the framework's rule, then any override.</summary>
internal sealed class GridCalculator(AuditDbContext db, IMemoryCache cache)
{
    public async Task<SummaryGridDto> GridAsync(SchoolAudit audit, CancellationToken cancellationToken) =>
        (await GridsAsync([audit], cancellationToken))[0];

    /// <summary>Grids of many audits in three queries, whatever their number (the heat-map reads every school's).</summary>
    public async Task<List<SummaryGridDto>> GridsAsync(IReadOnlyList<SchoolAudit> audits, CancellationToken cancellationToken) =>
        (await GridsWithProgressAsync(audits, cancellationToken)).ConvertAll(g => g.Grid);

    /// <summary>As <see cref="GridsAsync"/>, with each audit's progress (judgements made, of all) counted from the judgements read.</summary>
    public async Task<List<(SummaryGridDto Grid, AuditProgressCount Progress)>> GridsWithProgressAsync(IReadOnlyList<SchoolAudit> audits, CancellationToken cancellationToken)
    {
        var auditIds = audits.Select(a => a.Id).ToList();
        var versionIds = audits.Select(a => a.FrameworkVersionId).Distinct().ToList();
        var contents = new Dictionary<Guid, FrameworkContent>();
        foreach (var versionId in versionIds)
        {
            contents[versionId] = await ContentAsync(versionId, cancellationToken);
        }

        var rows = await db.Judgements.AsNoTracking().Where(j => auditIds.Contains(j.AuditId))
            .Select(j => new { j.AuditId, j.ElementKey, j.StrandKey, j.Rating }).ToListAsync(cancellationToken);
        var judgements = rows.ToLookup(j => (j.AuditId, j.ElementKey, j.StrandKey), j => j.Rating);
        var progress = rows.GroupBy(j => j.AuditId).ToDictionary(g => g.Key, g => new AuditProgressCount(g.Count(j => j.Rating != Rating.NotAssessed), g.Count()));
        var overrides = (await db.GridOverrides.AsNoTracking().Where(o => auditIds.Contains(o.AuditId)).ToListAsync(cancellationToken))
            .ToDictionary(o => (o.AuditId, o.ElementKey, o.StrandKey));

        return audits.Select(audit =>
        {
            var content = contents[audit.FrameworkVersionId];
            var cells = (from element in content.Elements
                         from strand in content.Strands
                         let manual = overrides.GetValueOrDefault((audit.Id, element.Key, strand.Key))
                         select new GridCellDto(element.Key, strand.Key,
                             GridCellRule.Derive(content.GridRule, judgements[(audit.Id, element.Key, strand.Key)]),
                             manual?.Rating, manual?.Rationale)).ToList();
            return (new SummaryGridDto(audit.Id, audit.SchoolId, audit.AcademicYear, audit.Status,
                content.Elements.Select(e => new NamedKeyDto(e.Key, e.Name)).ToList(),
                content.Strands.Select(s => new NamedKeyDto(s.Key, s.Name)).ToList(),
                cells), progress.GetValueOrDefault(audit.Id, new AuditProgressCount(0, 0)));
        }).ToList();
    }

    /// <summary>The shown rating of one cell (override first), used to record the cell's history when it changes.</summary>
    public async Task<Rating> CellAsync(SchoolAudit audit, string elementKey, string strandKey, CancellationToken cancellationToken)
    {
        var manual = await db.GridOverrides.AsNoTracking()
            .Where(o => o.AuditId == audit.Id && o.ElementKey == elementKey && o.StrandKey == strandKey)
            .Select(o => (Rating?)o.Rating).FirstOrDefaultAsync(cancellationToken);
        if (manual is { } rating)
        {
            return rating;
        }

        var content = await ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var ratings = await db.Judgements.AsNoTracking()
            .Where(j => j.AuditId == audit.Id && j.ElementKey == elementKey && j.StrandKey == strandKey)
            .Select(j => j.Rating).ToListAsync(cancellationToken);
        return GridCellRule.Derive(content.GridRule, ratings);
    }

    /// <summary>The cell's override and its judgements' ratings in one query (the override as a subquery of each judgement row).</summary>
    public async Task<GridCellSnapshot> SnapshotAsync(SchoolAudit audit, string elementKey, string strandKey, CancellationToken cancellationToken)
    {
        var content = await ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var rows = await db.Judgements.AsNoTracking()
            .Where(j => j.AuditId == audit.Id && j.ElementKey == elementKey && j.StrandKey == strandKey)
            .Select(j => new
            {
                j.Id,
                j.Rating,
                Override = db.GridOverrides.Where(o => o.AuditId == audit.Id && o.ElementKey == elementKey && o.StrandKey == strandKey)
                    .Select(o => (Rating?)o.Rating).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new GridCellSnapshot(content.GridRule, rows.Select(r => r.Override).FirstOrDefault(), rows.ToDictionary(r => r.Id, r => r.Rating));
    }

    /// <summary>
    /// A version's content. Published versions never change, so they are parsed once and kept in memory;
    /// the first read still goes through the tenant-filtered query.
    /// </summary>
    public async Task<FrameworkContent> ContentAsync(Guid versionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue<FrameworkContent>(CacheKey(versionId), out var cached) && cached is not null)
        {
            return cached;
        }

        var version = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        if (version.Status == FrameworkVersionStatus.Published)
        {
            cache.Set(CacheKey(versionId), version.Content, TimeSpan.FromHours(1));
        }

        return version.Content;
    }

    private static string CacheKey(Guid versionId) => $"audit-framework-content:{versionId}";
}
