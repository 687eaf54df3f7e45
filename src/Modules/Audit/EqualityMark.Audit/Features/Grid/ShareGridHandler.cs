using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>
/// The co-ordinator shares the summary grid with the reference group, or stops sharing it. One conditional update: it
/// changes the row only from the other state, so of two requests at once exactly one wins and the other is told (409).
/// </summary>
internal sealed class ShareGridHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, TimeProvider clock)
    : IRequestHandler<SetGridSharingCommand, AuditSummaryDto>
{
    public async Task<AuditSummaryDto> Handle(SetGridSharingCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        access.EnsureCoordinatorOf(audit.SchoolId);
        var audits = db.Audits.Where(a => a.Id == audit.Id);
        var changed = request.Share
            ? await audits.Where(a => a.GridSharedAt == null).ExecuteUpdateAsync(
                a => a.SetProperty(x => x.GridSharedAt, clock.GetUtcNow()).SetProperty(x => x.GridSharedBy, access.User.FullName), cancellationToken)
            : await audits.Where(a => a.GridSharedAt != null).ExecuteUpdateAsync(
                a => a.SetProperty(x => x.GridSharedAt, (DateTimeOffset?)null).SetProperty(x => x.GridSharedBy, (string?)null), cancellationToken);
        if (changed == 0)
        {
            throw new ConflictException(request.Share
                ? "The summary grid is already shared with the reference group."
                : "The summary grid is not shared with the reference group.");
        }

        return await summaries.ForAsync(await access.AuditAsync(audit.Id, cancellationToken), cancellationToken);
    }
}
