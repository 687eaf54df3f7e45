using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>The audit as the current user may see it: members only their delegated parts.</summary>
internal sealed class AuditWorkspaceHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, GridCalculator grids)
    : IRequestHandler<GetAuditWorkspaceQuery, AuditWorkspaceDto>
{
    public async Task<AuditWorkspaceDto> Handle(GetAuditWorkspaceQuery request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var own = await access.DelegationsOfCurrentUserAsync(audit.Id, cancellationToken);
        var judgements = await db.Judgements.AsNoTracking()
            .Where(j => j.AuditId == audit.Id && (request.ElementKey == null || j.ElementKey == request.ElementKey))
            .ToListAsync(cancellationToken);
        var visible = judgements.Where(j => access.CanSee(audit, own, j.ElementKey, j.StrandKey)).ToList();
        var byItem = visible.ToLookup(j => j.ItemKey);

        var strandOrder = content.Strands.Select((s, index) => (s.Key, index)).ToDictionary(s => s.Key, s => s.index);
        var items = content.Items
            .Where(i => byItem.Contains(i.Key))
            .Select(i => new ItemJudgementsDto(i, byItem[i.Key]
                .OrderBy(j => strandOrder.GetValueOrDefault(j.StrandKey, -1))
                .Select(j => new JudgementDto(j.ItemKey, j.StrandKey, j.Rating, j.Commentary, j.EvidenceNotes, j.UpdatedBy, j.UpdatedAt, j.RowVersion,
                    access.CanJudge(audit, own, j.ElementKey, j.StrandKey)))
                .ToList()))
            .ToList();
        var delegations = own.ConvertAll(d => DelegationParts.ToDto(d, content));
        // The whole audit's judgements are at hand unless one element was asked for: its progress is counted from them.
        var summary = request.ElementKey is null ? await summaries.ForAsync(audit, AuditProgressCount.Of(judgements), cancellationToken) : await summaries.ForAsync(audit, cancellationToken);
        return new AuditWorkspaceDto(summary, access.IsCoordinatorOf(audit.SchoolId), content, items, delegations,
            AuditProgress.ByElement(content, visible), AuditProgress.ByStrand(content, visible));
    }
}
