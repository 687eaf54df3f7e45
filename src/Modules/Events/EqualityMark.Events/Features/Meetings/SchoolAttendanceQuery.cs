using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>The meetings the user's school has booked, past and future, with what was recorded about attendance.</summary>
internal sealed record SchoolAttendanceQuery : IQuery<IReadOnlyList<SchoolAttendanceDto>>;

public sealed record SchoolAttendanceDto(Guid MeetingId, string Title, DateTimeOffset StartsAt, string AttendeeName, string Place, string? Attendance);
