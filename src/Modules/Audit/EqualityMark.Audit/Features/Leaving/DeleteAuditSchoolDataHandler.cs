using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Leaving;

/// <summary>Removes the school's reference group and audits; judgements, delegations and grid changes go with their audit (cascade).</summary>
internal sealed class DeleteAuditSchoolDataHandler(AuditDbContext db, ICurrentUser user) : IRequestHandler<DeleteAuditSchoolDataCommand, Unit>
{
    public async Task<Unit> Handle(DeleteAuditSchoolDataCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        var school = request.SchoolId;
        await db.LockAgainstWritesAsync<SchoolAudit>(cancellationToken);
        await db.LockAgainstWritesAsync<ReferenceGroup>(cancellationToken);
        await db.LockAgainstWritesAsync<ReferenceGroupMember>(cancellationToken);
        await db.LockAgainstWritesAsync<ReferenceGroupMeeting>(cancellationToken);
        var audits = db.Audits.Where(a => a.SchoolId == school).Select(a => a.Id);
        await db.RemindersSent.Where(r => r.SubjectId == school || audits.Contains(r.SubjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.Audits.Where(a => a.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.ReferenceGroupMeetings.Where(m => m.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.ReferenceGroupMembers.Where(m => m.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.ReferenceGroups.Where(g => g.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
