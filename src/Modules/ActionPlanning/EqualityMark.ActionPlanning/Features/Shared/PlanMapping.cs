using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Actions;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.ActionPlanning.Features.Plans;

namespace EqualityMark.ActionPlanning.Features.Shared;

internal static class PlanMapping
{
    public static ActionRowDto ToRow(PlanAction a, string objectiveTitle, DateOnly today) =>
        new(a.Id, a.ObjectiveId, objectiveTitle, a.Description, a.OwnerName, a.StartOn, a.DueOn, a.Status, a.Progress, IsOverdue(a, today));

    public static bool IsOverdue(PlanAction a, DateOnly today) => a.IsOpen && a.DueOn < today;

    public static ObjectiveSummaryDto ToSummary(Objective o, SchoolGrid grid, IEnumerable<ActionRowDto> actions, int impactCount) =>
        new(o.Id, o.AcademicYear, o.Title,
            o.Cells.OrderBy(c => c.StrandKey).ThenBy(c => c.ElementKey).Select(c => grid.Describe(c.ElementKey, c.StrandKey)).ToList(),
            o.SipReference, o.SipPriority, o.SuccessCriteria, o.ReviewOn, o.IsPublishedObjective,
            actions.OrderBy(a => a.DueOn).ToList(), impactCount);

    public static CommentDto ToDto(PlanComment c) => new(c.Id, c.ObjectiveId, c.Text, c.WrittenBy, c.WrittenAt);
}
