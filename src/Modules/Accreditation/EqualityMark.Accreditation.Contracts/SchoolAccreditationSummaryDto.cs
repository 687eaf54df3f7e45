using EqualityMark.Shared.Time;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>Every badge of the mark with its summary and award, the Mark (null: not held), where the awards open, and what happened when.</summary>
public sealed record SchoolAccreditationSummaryDto(
    IReadOnlyList<BadgeSummaryDto> Badges,
    AwardSummaryDto? Mark,
    string AwardsPath,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>One badge: its summary's status in words (null: not started) and the award held, if any.</summary>
public sealed record BadgeSummaryDto(string StrandName, string? SummaryLabel, string? SummaryTagClass, AwardSummaryDto? Award);

/// <summary>An award in people's words with its GOV.UK tag colour.</summary>
public sealed record AwardSummaryDto(string Title, DateOnly AwardedOn, DateOnly? ExpiresOn, AwardStatus Status, string StatusLabel, string StatusTagClass);
