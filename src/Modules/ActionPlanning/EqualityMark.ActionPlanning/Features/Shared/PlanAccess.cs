using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Shared;

/// <summary>
/// Who may see and change what: authority staff read every plan of their authority and comment; the school's
/// co-ordinator changes everything in the school's plan; a member sees and updates only the actions they own.
/// Anything of another school is "not found".
/// </summary>
internal sealed class PlanAccess(ActionPlanningDbContext db, ICurrentUser user)
{
    public ICurrentUser User => user;

    public string UserName => user.FullName ?? "Unknown";

    public bool IsMember => user.Role == Roles.SchoolMember;

    public Guid OwnSchoolId => user.SchoolId ?? throw new NotFoundException("Only school users have an action plan of their own.");

    public void EnsureCanSeeSchool(Guid schoolId) => user.EnsureCanSeeSchool(schoolId);

    public bool IsCoordinatorOf(Guid schoolId) => user.IsCoordinatorOf(schoolId);

    public void EnsureCoordinatorOf(Guid schoolId) => user.EnsureCoordinatorOf(schoolId);

    public void EnsureStaff() => user.EnsureStaff();

    public void EnsureAdmin() => user.EnsureAdmin();

    public async Task<Objective> ObjectiveAsync(Guid objectiveId, CancellationToken cancellationToken, bool track = false)
    {
        var query = (track ? db.Objectives : db.Objectives.AsNoTracking()).Include(o => o.Cells);
        var objective = await query.SingleOrDefaultAsync(o => o.Id == objectiveId, cancellationToken);
        if (objective is null || !user.CanSeeSchool(objective.SchoolId) || (IsMember && !await OwnsActionInAsync(objective.Id, cancellationToken)))
        {
            throw new NotFoundException("No objective with that id was found.");
        }

        return objective;
    }

    public async Task<PlanAction> ActionAsync(Guid actionId, CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.Actions : db.Actions.AsNoTracking();
        var action = await query.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        return action is not null && user.CanSeeSchool(action.SchoolId) && (!IsMember || action.OwnerUserId == user.UserId)
            ? action
            : throw new NotFoundException("No action with that id was found.");
    }

    /// <summary>The co-ordinator updates any action of the school; a member only the actions they own.</summary>
    public bool CanUpdate(PlanAction action) => IsCoordinatorOf(action.SchoolId) || (IsMember && action.OwnerUserId == user.UserId);

    public void EnsureCanUpdate(PlanAction action)
    {
        if (!CanUpdate(action))
        {
            throw new ForbiddenException(user.IsAuthorityStaff
                ? "The authority's team can read and comment on plans but not change them."
                : "Only the action's owner or the school's equality co-ordinator can update this action.");
        }
    }

    private Task<bool> OwnsActionInAsync(Guid objectiveId, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? Guid.Empty;
        return db.Actions.AnyAsync(a => a.ObjectiveId == objectiveId && a.OwnerUserId == userId, cancellationToken);
    }
}
