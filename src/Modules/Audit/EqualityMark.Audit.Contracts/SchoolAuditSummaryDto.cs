using EqualityMark.Shared.Time;

namespace EqualityMark.Audit.Contracts;

/// <summary>The school's audits newest first, the latest audit's grid cells counted by rating, and what happened when.</summary>
public sealed record SchoolAuditSummaryDto(
    IReadOnlyList<SchoolAuditYearDto> Audits,
    IReadOnlyList<RatingCountDto> LatestGrid,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>One year's audit with its status in words; GridPath opens its summary grid.</summary>
public sealed record SchoolAuditYearDto(Guid AuditId, string YearLabel, AuditStatus Status, string StatusLabel, DateOnly StartedOn, DateOnly? SubmittedOn, string GridPath);

/// <summary>How many grid cells carry a rating, with the rating in words.</summary>
public sealed record RatingCountDto(Rating Rating, string Label, int Count);
