using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>The school's draft statement; SchoolId is for the authority's team, school users always get their own.</summary>
internal sealed record GetStatementDraftQuery(Guid? SchoolId = null) : IQuery<StatementDraftDto>;

/// <summary>
/// Saves the whole draft if nobody saved it since ExpectedVersion (xmin). PublishedObjectiveIds, when given,
/// also replaces the choice of published equality objectives in the same transaction.
/// </summary>
internal sealed record SaveStatementDraftCommand(
    Guid? SchoolId,
    string? InformationNarrative,
    string? ObjectivesNarrative,
    IReadOnlyList<FigureInput>? Figures,
    string? ApprovedBy,
    DateOnly? ApprovedOn,
    DateOnly? ObjectivesReviewOn,
    DateOnly? InformationReviewOn,
    uint ExpectedVersion,
    IReadOnlyList<Guid>? PublishedObjectiveIds = null) : ICommand<StatementDraftDto>;

internal sealed record FigureInput(string? StrandKey, string? GroupLabel, int? Count, int? OutOf);

internal sealed record SelectPublishedObjectivesCommand(Guid? SchoolId, IReadOnlyList<Guid>? ObjectiveIds) : ICommand<StatementDraftDto>;

internal sealed record PublishStatementCommand(Guid? SchoolId = null) : ICommand<PublicStatementDto>, IChangesPublicPages;

/// <summary>The newest publication for a URN on this authority's site, small counts suppressed. Anyone may ask.</summary>
internal sealed record GetPublicStatementQuery(string Urn) : IQuery<PublicStatementDto>;
