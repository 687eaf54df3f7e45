using EqualityMark.Audit.Contracts;

namespace EqualityMark.ActionPlanning.Features.Statement;

public sealed record StatementDraftDto(
    Guid SchoolId,
    string SchoolName,
    string SchoolUrn,
    string InformationNarrative,
    string ObjectivesNarrative,
    IReadOnlyList<StatementFigureDto> Figures,
    string? ApprovedBy,
    DateOnly? ApprovedOn,
    DateOnly? ObjectivesReviewOn,
    DateOnly? InformationReviewOn,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    uint Version,
    IReadOnlyList<ObjectiveChoiceDto> Objectives,
    IReadOnlyList<NamedKeyDto> Strands,
    int SuppressionThreshold,
    bool CanEdit,
    int? PublishedVersion,
    DateTimeOffset? PublishedAt);
