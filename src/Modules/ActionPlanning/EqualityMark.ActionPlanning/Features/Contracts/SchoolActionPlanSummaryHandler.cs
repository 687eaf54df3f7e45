using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Contracts;

/// <summary>
/// Action plan progress for the school's one view in two queries (the school's objectives, then their actions):
/// the latest year's objectives and actions by status; a member counts only the actions given to them.
/// </summary>
internal sealed class SchoolActionPlanSummaryHandler(ActionPlanningDbContext db, PlanAccess access, TimeProvider clock) :
    IRequestHandler<GetSchoolActionPlanSummaryQuery, SchoolActionPlanSummaryDto>
{
    public async Task<SchoolActionPlanSummaryDto> Handle(GetSchoolActionPlanSummaryQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var today = UkTime.Today(clock);
        var objectives = await db.Objectives.AsNoTracking().Where(o => o.SchoolId == request.SchoolId)
            .Select(o => new { o.Id, o.AcademicYear, o.Title, o.CreatedAt }).ToListAsync(cancellationToken);
        var ownerId = access.IsMember ? access.User.UserId ?? Guid.Empty : (Guid?)null;
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.SchoolId == request.SchoolId && (ownerId == null || a.OwnerUserId == ownerId))
            .Select(a => new { a.ObjectiveId, a.Description, a.Status, a.DueOn, a.CompletedOn }).ToListAsync(cancellationToken);
        if (access.IsMember)
        {
            var owned = actions.Select(a => a.ObjectiveId).ToHashSet();
            objectives = objectives.Where(o => owned.Contains(o.Id)).ToList();
        }

        var year = objectives.Count == 0 ? (int?)null : objectives.Max(o => o.AcademicYear);
        var yearObjectives = objectives.Where(o => o.AcademicYear == year).Select(o => o.Id).ToHashSet();
        var yearActions = actions.Where(a => yearObjectives.Contains(a.ObjectiveId)).ToList();
        var counts = Enum.GetValues<ActionStatus>()
            .Select(s => new ActionStatusCountDto(s, PlanLabels.Status(s), yearActions.Count(a => a.Status == s))).ToList();
        var overdue = yearActions.Count(a => a.Status is ActionStatus.NotStarted or ActionStatus.InProgress && a.DueOn < today);
        var timeline = objectives.Select(o => TimelineEntry.At(o.CreatedAt, $"Objective added to the action plan: {o.Title}"))
            .Concat(actions.Where(a => a.CompletedOn is not null).Select(a => new TimelineEntry(a.CompletedOn!.Value, $"Action done: {a.Description}")))
            .ToList();
        var path = access.User.IsAuthorityStaff ? $"/action-plan?school={request.SchoolId}" : "/action-plan";
        return new SchoolActionPlanSummaryDto(year is { } y ? AcademicYear.Label(y) : null, yearObjectives.Count, counts, overdue, path, timeline);
    }
}
