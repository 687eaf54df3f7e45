namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>A publication as the public read it: counts below the authority's threshold already suppressed.</summary>
public sealed record PublicStatementDto(
    string SchoolName,
    string SchoolUrn,
    int Version,
    DateTimeOffset PublishedAt,
    string ApprovedBy,
    DateOnly ApprovedOn,
    DateOnly ObjectivesReviewOn,
    DateOnly InformationReviewOn,
    string InformationNarrative,
    string ObjectivesNarrative,
    IReadOnlyList<PublicFigureDto> Figures,
    IReadOnlyList<PublishedObjectiveDto> Objectives);
