using EqualityMark.Shared.Time;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>
/// The latest plan year's objectives and actions by status (YearLabel null: no plan yet), how many actions are overdue,
/// where the plan opens, and what happened when.
/// </summary>
public sealed record SchoolActionPlanSummaryDto(
    string? YearLabel,
    int Objectives,
    IReadOnlyList<ActionStatusCountDto> Actions,
    int Overdue,
    string PlanPath,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>How many actions stand at a status, with the status in words.</summary>
public sealed record ActionStatusCountDto(ActionStatus Status, string Label, int Count);
