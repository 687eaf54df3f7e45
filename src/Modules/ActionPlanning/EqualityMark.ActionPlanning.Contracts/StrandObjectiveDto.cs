namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>An objective of a school's plan that addresses a strand, with its actions and recorded impact.</summary>
public sealed record StrandObjectiveDto(
    Guid Id,
    int AcademicYear,
    string Title,
    string SuccessCriteria,
    IReadOnlyList<GridCellRefDto> Cells,
    IReadOnlyList<StrandActionDto> Actions,
    IReadOnlyList<StrandImpactDto> Impacts);
