using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;
using MediatR;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>The authority's review queue: summaries waiting for the desk check (oldest first) and those waiting for their visit.</summary>
internal sealed record GetReviewQueueQuery(int Page) : IQuery<ReviewQueueDto>;

/// <summary>The desk check sends the summary back with comments; the school revises and sends it again.</summary>
internal sealed record ReturnSummaryCommand(Guid SummaryId, uint Version, string Comments) : ICommand<Unit>;

/// <summary>The desk check accepts the summary for verification at the school's visit.</summary>
internal sealed record AcceptSummaryCommand(Guid SummaryId, uint Version, string? Comments) : ICommand<Unit>;

/// <summary>After the visit: the badge is awarded (dated the day of the visit), or not yet, with reasons and next steps.</summary>
public sealed record RecordOutcomeCommand(
    Guid SummaryId, uint Version, VisitOutcome? Outcome, DateOnly? VisitedOn, string? Comments, string? NextSteps) : ICommand<OutcomeResultDto>, IChangesPublicPages;

public enum VisitOutcome
{
    Awarded,
    NotYet,
}
