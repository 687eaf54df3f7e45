using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Audits.Checking;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits;

internal sealed class SubmitAndReturnHandler(
    AuditDbContext db, AuditAccess access, AuditSummaries summaries, AuditChecker checker, AuditEmails emails, TimeProvider clock) :
    IRequestHandler<GetAuditCheckQuery, AuditCheckDto>,
    IRequestHandler<SubmitAuditCommand, AuditSummaryDto>,
    IRequestHandler<ReturnAuditCommand, AuditSummaryDto>
{
    public async Task<AuditCheckDto> Handle(GetAuditCheckQuery request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        access.EnsureCoordinatorOf(audit.SchoolId);
        return await checker.CheckAsync(audit, cancellationToken);
    }

    public async Task<AuditSummaryDto> Handle(SubmitAuditCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(audit.SchoolId);
        audit.EnsureEditable();
        var check = await checker.CheckAsync(audit, cancellationToken);
        if (!check.CanBeSent)
        {
            throw new RequestValidationException(check.Problems.ToDictionary(p => p.Key, p => new[] { p.Message }));
        }

        audit.Submit(clock.GetUtcNow());
        try
        {
            // The audit's row version is its concurrency token: of two sends at once, only the first saves.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("This audit has already been sent to the equality team.");
        }

        await emails.SentAsync(audit, check, cancellationToken);
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else changed this audit just now. Reload it to see whether it is still with the team.");
        }

        await emails.ReturnedAsync(audit, cancellationToken);
        return await summaries.ForAsync(audit, cancellationToken);
    }
}
