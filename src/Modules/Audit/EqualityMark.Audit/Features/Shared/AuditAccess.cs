using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Shared;

/// <summary>
/// Who may see and change what: authority staff see every audit of their authority; school users only their
/// school's (anything else is "not found"); co-ordinators change everything of their school's audit, members
/// only the parts delegated to them.
/// </summary>
internal sealed class AuditAccess(AuditDbContext db, ICurrentUser user)
{
    public ICurrentUser User => user;

    public async Task<SchoolAudit> AuditAsync(Guid auditId, CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.Audits : db.Audits.AsNoTracking();
        var audit = await query.SingleOrDefaultAsync(a => a.Id == auditId, cancellationToken);
        return audit is not null && user.CanSeeSchool(audit.SchoolId) ? audit : throw new NotFoundException("No audit with that id was found.");
    }

    public void EnsureCanSeeSchool(Guid schoolId)
    {
        if (!user.CanSeeSchool(schoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }
    }

    /// <summary>The school's co-ordinator (or the system) runs the school's audit.</summary>
    public void EnsureCoordinatorOf(Guid schoolId)
    {
        EnsureCanSeeSchool(schoolId);
        if (!user.IsSystem && !(user.Role == Roles.SchoolCoordinator && user.SchoolId == schoolId))
        {
            throw new ForbiddenException("Only the school's equality co-ordinator can do this.");
        }
    }

    public bool IsCoordinatorOf(Guid schoolId) => user.IsSystem || (user.Role == Roles.SchoolCoordinator && user.SchoolId == schoolId);

    public Task<List<Delegation>> DelegationsOfCurrentUserAsync(Guid auditId, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? Guid.Empty;
        return db.Delegations.AsNoTracking().Where(d => d.AuditId == auditId && d.UserId == userId).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the current user may record judgements for this element and strand of the audit.</summary>
    public bool CanJudge(SchoolAudit audit, IReadOnlyList<Delegation> ownDelegations, string elementKey, string strandKey) =>
        audit.IsEditable && (IsCoordinatorOf(audit.SchoolId) || ownDelegations.Any(d => d.Covers(elementKey, strandKey)));

    /// <summary>Whether the current user sees this part of the audit at all (members see only their delegated parts).</summary>
    public bool CanSee(SchoolAudit audit, IReadOnlyList<Delegation> ownDelegations, string elementKey, string strandKey) =>
        user.Role != Roles.SchoolMember || ownDelegations.Any(d => d.Covers(elementKey, strandKey));
}
