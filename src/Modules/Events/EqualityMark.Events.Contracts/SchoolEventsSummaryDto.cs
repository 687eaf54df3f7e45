using EqualityMark.Shared.Time;

namespace EqualityMark.Events.Contracts;

/// <summary>The school's visits and meeting places, newest first, and what happened when (visits held, meetings attended).</summary>
public sealed record SchoolEventsSummaryDto(
    IReadOnlyList<SchoolVisitDto> Visits,
    IReadOnlyList<SchoolMeetingPlaceDto> Meetings,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>One visit in people's words; StartsAt is null until the authority confirms a date.</summary>
public sealed record SchoolVisitDto(Guid Id, string KindName, VisitStatus Status, string StatusLabel, DateTimeOffset? StartsAt, string? AdvisorName);

/// <summary>One person's place at a network meeting, with attendance once recorded.</summary>
public sealed record SchoolMeetingPlaceDto(Guid MeetingId, string Title, DateTimeOffset StartsAt, string AttendeeName, string Place, string? Attendance);
