using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>Audit summaries with progress, for several audits in two queries (no query per audit).</summary>
internal sealed class AuditSummaries(AuditDbContext db)
{
    public async Task<List<AuditSummaryDto>> ForAsync(IReadOnlyList<SchoolAudit> audits, CancellationToken cancellationToken)
    {
        var ids = audits.Select(a => a.Id).ToList();
        var progress = await db.Judgements.AsNoTracking().Where(j => ids.Contains(j.AuditId))
            .GroupBy(j => j.AuditId)
            .Select(g => new { g.Key, Total = g.Count(), Assessed = g.Count(j => j.Rating != Rating.NotAssessed) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var versionIds = audits.Select(a => a.FrameworkVersionId).Distinct().ToList();
        var numbers = await db.FrameworkVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Number }).ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken);
        return audits.Select(a => new AuditSummaryDto(
            a.Id, a.SchoolId, a.AcademicYear, a.Status, a.SubmittedAt, a.ReturnedReason, numbers.GetValueOrDefault(a.FrameworkVersionId),
            progress.TryGetValue(a.Id, out var p) ? p.Assessed : 0, progress.TryGetValue(a.Id, out var t) ? t.Total : 0,
            a.GridSharedAt)).ToList();
    }

    public async Task<AuditSummaryDto> ForAsync(SchoolAudit audit, CancellationToken cancellationToken) =>
        (await ForAsync([audit], cancellationToken))[0];
}
