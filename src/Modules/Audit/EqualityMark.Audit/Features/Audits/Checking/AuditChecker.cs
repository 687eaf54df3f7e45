using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits.Checking;

/// <summary>The rules checked before an audit is sent to the equality team (docs/adr/0031).</summary>
internal sealed class AuditChecker(AuditDbContext db, AuditSummaries summaries, GridCalculator grids)
{
    public async Task<AuditCheckDto> CheckAsync(SchoolAudit audit, CancellationToken cancellationToken)
    {
        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var judgements = await db.Judgements.AsNoTracking().Where(j => j.AuditId == audit.Id).ToListAsync(cancellationToken);
        var categories = await db.ReferenceGroupMembers.AsNoTracking().Where(m => m.SchoolId == audit.SchoolId)
            .Select(m => m.Category).ToListAsync(cancellationToken);
        var openDelegations = await db.Delegations.AsNoTracking()
            .Where(d => d.AuditId == audit.Id && d.CompletedAt == null).Select(d => d.UserName).ToListAsync(cancellationToken);

        var elements = AuditProgress.ByElement(content, judgements);
        var strands = AuditProgress.ByStrand(content, judgements);
        var judged = judgements.Count(j => j.Rating != Rating.NotAssessed);
        var hasSeniorLeader = categories.Contains(MemberCategory.SeniorLeadership);

        var problems = new List<CheckFindingDto>();
        if (!audit.IsEditable)
        {
            problems.Add(new("Audit", "This audit has already been sent to the equality team", $"/audit/{audit.Id}"));
        }

        if (!hasSeniorLeader)
        {
            problems.Add(new("ReferenceGroup", "Add a member of the senior leadership team to your reference group", "/audit/reference-group"));
        }

        if (judged == 0)
        {
            problems.Add(new("Judgements", "Make at least one judgement before sending the audit", $"/audit/{audit.Id}"));
        }

        var warnings = new List<CheckFindingDto>();
        if (judged > 0 && judged < judgements.Count)
        {
            var first = elements.FirstOrDefault(e => e.Assessed < e.Total);
            warnings.Add(new("Judgements", $"{judgements.Count - judged} of {judgements.Count} judgements have not been made. The team will see them as not judged.",
                $"/audit/{audit.Id}?element={first?.Key}"));
        }

        if (openDelegations.Count > 0)
        {
            warnings.Add(new("Delegations", $"Not marked as finished yet by {string.Join(", ", openDelegations.Distinct())}: {Parts(openDelegations.Count)} of the audit shared out",
                $"/audit/{audit.Id}/delegations"));
        }

        return new AuditCheckDto(await summaries.ForAsync(audit, cancellationToken), elements, strands, categories.Count, hasSeniorLeader, problems, warnings);
    }

    private static string Parts(int count) => count == 1 ? "1 part" : $"{count} parts";
}
