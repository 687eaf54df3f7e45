using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>Audit summaries with progress, for several audits in two queries (no query per audit).</summary>
internal sealed class AuditSummaries(AuditDbContext db, IMemoryCache cache)
{
    public async Task<List<AuditSummaryDto>> ForAsync(IReadOnlyList<SchoolAudit> audits, CancellationToken cancellationToken)
    {
        var ids = audits.Select(a => a.Id).ToList();
        var progress = await db.Judgements.AsNoTracking().Where(j => ids.Contains(j.AuditId))
            .GroupBy(j => j.AuditId)
            .Select(g => new { g.Key, Total = g.Count(), Assessed = g.Count(j => j.Rating != Rating.NotAssessed) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var numbers = await VersionNumbersAsync(audits, cancellationToken);
        return audits.Select(a => Summary(a, numbers, progress.TryGetValue(a.Id, out var p) ? new AuditProgressCount(p.Assessed, p.Total) : new AuditProgressCount(0, 0))).ToList();
    }

    public async Task<AuditSummaryDto> ForAsync(SchoolAudit audit, CancellationToken cancellationToken) =>
        (await ForAsync([audit], cancellationToken))[0];

    /// <summary>The summary of an audit whose judgements the caller has already read and counted: not counted again.</summary>
    public async Task<AuditSummaryDto> ForAsync(SchoolAudit audit, AuditProgressCount progress, CancellationToken cancellationToken) =>
        Summary(audit, await VersionNumbersAsync([audit], cancellationToken), progress);

    private static AuditSummaryDto Summary(SchoolAudit a, Dictionary<Guid, int> numbers, AuditProgressCount progress) =>
        new(a.Id, a.SchoolId, a.AcademicYear, a.Status, a.SubmittedAt, a.ReturnedReason, numbers.GetValueOrDefault(a.FrameworkVersionId),
            progress.Assessed, progress.Total, a.GridSharedAt);

    /// <summary>
    /// Framework version numbers by id. A version's number is fixed when it is made, so each is read once (through the
    /// authority's filter) and then kept; ids are unique across authorities.
    /// </summary>
    private async Task<Dictionary<Guid, int>> VersionNumbersAsync(IReadOnlyList<SchoolAudit> audits, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<Guid, int>();
        var unknown = new List<Guid>();
        foreach (var versionId in audits.Select(a => a.FrameworkVersionId).Distinct())
        {
            if (cache.TryGetValue(NumberKey(versionId), out int number))
            {
                numbers[versionId] = number;
            }
            else
            {
                unknown.Add(versionId);
            }
        }

        if (unknown.Count > 0)
        {
            var read = await db.FrameworkVersions.AsNoTracking().Where(v => unknown.Contains(v.Id))
                .Select(v => new { v.Id, v.Number }).ToListAsync(cancellationToken);
            foreach (var version in read)
            {
                numbers[version.Id] = version.Number;
                cache.Set(NumberKey(version.Id), version.Number, TimeSpan.FromHours(1));
            }
        }

        return numbers;
    }

    private static string NumberKey(Guid versionId) => $"audit-framework-number:{versionId}";
}
