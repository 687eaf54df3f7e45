using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Actions;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.ActionPlanning.Features.Plans;

internal sealed record PlanDto(
    Guid SchoolId,
    string SchoolName,
    int AcademicYear,
    IReadOnlyList<int> Years,
    PlanFocus Focus,
    bool HasGrid,
    IReadOnlyList<NamedKeyDto> Elements,
    IReadOnlyList<NamedKeyDto> Strands,
    IReadOnlyList<CandidateCellDto> Candidates,
    IReadOnlyList<ObjectiveSummaryDto> Objectives,
    IReadOnlyList<ActionRowDto> MyActions,
    IReadOnlyList<CommentDto> Comments,
    int OpenActionsLastYear,
    DateTimeOffset? LastUpdatedAt,
    string? LastUpdatedBy,
    bool CanEdit,
    bool CanComment);

/// <summary>A red or amber cell of the summary grid: a candidate priority, and whether an objective of this year already addresses it.</summary>
internal sealed record CandidateCellDto(string ElementKey, string ElementName, string StrandKey, string StrandName, Rating Rating, bool Addressed);

internal sealed record CommentDto(Guid Id, Guid? ObjectiveId, string Text, string WrittenBy, DateTimeOffset WrittenAt);
