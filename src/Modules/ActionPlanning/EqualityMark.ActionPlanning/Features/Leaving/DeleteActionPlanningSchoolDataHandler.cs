using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Leaving;

/// <summary>
/// Removes the school's plans (objectives, actions, notes, impact and comments go with them by cascade), its equality
/// statement and its published statements, so the public equality page of the school is gone too.
/// </summary>
internal sealed class DeleteActionPlanningSchoolDataHandler(ActionPlanningDbContext db, ICurrentUser user)
    : IRequestHandler<DeleteActionPlanningSchoolDataCommand, Unit>
{
    public async Task<Unit> Handle(DeleteActionPlanningSchoolDataCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        var school = request.SchoolId;
        await db.LockAgainstWritesAsync<ActionPlan>(cancellationToken);
        await db.LockAgainstWritesAsync<EqualityStatement>(cancellationToken);
        await db.LockAgainstWritesAsync<PublishedStatement>(cancellationToken);
        var subjects = db.Actions.Where(a => a.SchoolId == school).Select(a => a.Id)
            .Concat(db.Objectives.Where(o => o.SchoolId == school).Select(o => o.Id))
            .Concat(db.Plans.Where(p => p.SchoolId == school).Select(p => p.Id));
        await db.RemindersSent.Where(r => r.SubjectId == school || subjects.Contains(r.SubjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.Plans.Where(p => p.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.Objectives.Where(o => o.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.Actions.Where(a => a.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.Statements.Where(s => s.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.PublishedStatements.Where(p => p.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
