using EqualityMark.Audit.Features.Shared;
using EqualityMark.Audit.Data;
using EqualityMark.Shared.Errors;
using MediatR;

namespace EqualityMark.Audit.Features.Audits;

internal sealed class SubmitAndReturnHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, TimeProvider clock) :
    IRequestHandler<SubmitAuditCommand, AuditSummaryDto>,
    IRequestHandler<ReturnAuditCommand, AuditSummaryDto>
{
    public async Task<AuditSummaryDto> Handle(SubmitAuditCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(audit.SchoolId);
        audit.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await summaries.ForAsync(audit, cancellationToken);
    }

    public async Task<AuditSummaryDto> Handle(ReturnAuditCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken, track: true);
        if (!access.User.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the equality team can return an audit.");
        }

        audit.Return(request.Reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return await summaries.ForAsync(audit, cancellationToken);
    }
}
