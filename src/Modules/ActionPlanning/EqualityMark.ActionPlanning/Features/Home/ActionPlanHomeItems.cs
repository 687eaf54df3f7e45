using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.Shared.Home;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Home;

/// <summary>Steps 4 and 5 of the programme for a school, and the actions overdue or due in the next four weeks (a member's own only).</summary>
internal sealed class ActionPlanHomeItems(ActionPlanningDbContext db, ICurrentUser user, TimeProvider clock) : IHomeItemSource
{
    private const int DueSoonDays = 28;
    private const int ActionsShown = 10;

    public async Task<IReadOnlyList<HomeItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        if (user.IsAuthorityStaff || user.SchoolId is not { } schoolId)
        {
            return [];
        }

        var today = UkTime.Today(clock);
        var year = AcademicYear.For(today);
        var objectives = db.Objectives.AsNoTracking().Where(o => o.SchoolId == schoolId && o.AcademicYear == year);
        var objectiveCount = await objectives.CountAsync(cancellationToken);
        var actions = db.Actions.AsNoTracking().Where(a => a.SchoolId == schoolId && objectives.Any(o => o.Id == a.ObjectiveId));
        var actionCount = await actions.CountAsync(cancellationToken);
        var underway = await actions.CountAsync(a => a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Done, cancellationToken);
        var impacts = await db.Impacts.AsNoTracking().CountAsync(i => objectives.Any(o => o.Id == i.ObjectiveId), cancellationToken);

        var items = new List<HomeItem>
        {
            new(HomeSection.ProgrammeSteps, 4, "Plan actions linked to your school improvement plan", "/action-plan")
            {
                State = actionCount > 0 ? StepState.Completed : objectiveCount > 0 ? StepState.InProgress : StepState.NotStarted,
                Detail = objectiveCount > 0 && actionCount == 0 ? "Add actions to your objectives" : null,
            },
            new(HomeSection.ProgrammeSteps, 5, "Carry out the actions and record their impact", "/action-plan")
            {
                State = impacts > 0 ? StepState.Completed : underway > 0 ? StepState.InProgress : StepState.NotStarted,
            },
        };

        var dueBy = today.AddDays(DueSoonDays);
        var due = db.Actions.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueOn <= dueBy);
        if (user.Role == Roles.SchoolMember)
        {
            due = due.Where(a => a.OwnerUserId == user.UserId);
        }

        var dueActions = await due.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(ActionsShown)
            .Select(a => new { a.Id, a.Description, a.DueOn, a.OwnerName }).ToListAsync(cancellationToken);
        items.AddRange(dueActions.Select(a => new HomeItem(HomeSection.ActionsDue, 0, a.Description, $"/action-plan/actions/{a.Id}")
        {
            When = UkTime.StartOf(a.DueOn),
            Detail = (a.DueOn < today ? $"Overdue: it was due on {HomeText.Date(a.DueOn)}" : $"Due by {HomeText.Date(a.DueOn)}")
                + (user.Role == Roles.SchoolMember ? string.Empty : $" ({a.OwnerName})"),
        }));
        return items;
    }
}
