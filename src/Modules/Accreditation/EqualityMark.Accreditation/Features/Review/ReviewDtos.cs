using EqualityMark.Accreditation.Contracts;

namespace EqualityMark.Accreditation.Features.Review;

public sealed record ReviewQueueDto(
    IReadOnlyList<ReviewItemDto> AwaitingDeskCheck, int AwaitingDeskCheckTotal, int Page, int PageCount, IReadOnlyList<ReviewItemDto> AwaitingVisit);

/// <summary>One summary in the queue: the school's next visit is the deadline for the desk check.</summary>
public sealed record ReviewItemDto(
    Guid SummaryId, Guid SchoolId, string SchoolName, string StrandName, int Version, DateTimeOffset? SentAt, DateOnly? NextVisitOn, bool DueSoon);

/// <summary>What recording the outcome did: the badge awarded (if any) and whether the Mark followed.</summary>
public sealed record OutcomeResultDto(AwardDto? Badge, AwardDto? Mark);
