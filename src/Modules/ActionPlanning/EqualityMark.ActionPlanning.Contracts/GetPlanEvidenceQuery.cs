using EqualityMark.Shared.Messaging;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>
/// The plan's part of a school's evidence pack: the latest plan year's objectives (which are the published equality
/// objectives) with their actions, progress and impact, and where the published equality statement is.
/// </summary>
public sealed record GetPlanEvidenceQuery(Guid SchoolId) : IQuery<PlanEvidenceDto>;

/// <summary>AcademicYear is null when the school has no plan yet; StatementPath null when nothing is published.</summary>
public sealed record PlanEvidenceDto(int? AcademicYear, IReadOnlyList<PlanObjectiveEvidenceDto> Objectives, DateTimeOffset? StatementPublishedAt, string? StatementPath);

public sealed record PlanObjectiveEvidenceDto(
    string Title,
    string? SipReference,
    string SuccessCriteria,
    bool IsPublishedObjective,
    IReadOnlyList<GridCellRefDto> Cells,
    IReadOnlyList<StrandActionDto> Actions,
    IReadOnlyList<StrandImpactDto> Impacts);
