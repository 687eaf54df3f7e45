namespace EqualityMark.Events.Features.Calendar;

/// <summary>One entry of a person's calendar: a meeting they are booked on or a visit of theirs.</summary>
public sealed record CalendarEventDto(string Uid, string Kind, Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Location, string Description, string Path);
