using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>What a meeting is: the same fields when it is scheduled and when it is changed.</summary>
internal interface IMeetingFields
{
    string Term { get; }

    string Title { get; }

    DateTimeOffset? StartsAt { get; }

    DateTimeOffset? EndsAt { get; }

    string? Venue { get; }

    string? OnlineLink { get; }

    int? Capacity { get; }

    DateTimeOffset? BookingDeadline { get; }
}

internal sealed record CreateMeetingCommand(
    string Term, string Title, string? Agenda, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Venue, string? OnlineLink,
    int? Capacity, DateTimeOffset? BookingDeadline, string? Materials) : ICommand<MeetingDto>, IMeetingFields;

/// <summary>
/// Changes a meeting if nobody changed it since <paramref name="ExpectedVersion"/> (else 409 with the current meeting).
/// Everyone booked or waiting is emailed when its date, time or place changes.
/// </summary>
internal sealed record UpdateMeetingCommand(
    Guid MeetingId, int? ExpectedVersion, string Term, string Title, string? Agenda, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Venue,
    string? OnlineLink, int? Capacity, DateTimeOffset? BookingDeadline, string? Materials) : ICommand<MeetingDto>, IMeetingFields;

/// <summary>Calls the meeting off: it stays listed as cancelled, takes no bookings, and everyone booked or waiting is emailed.</summary>
internal sealed record CancelMeetingCommand(Guid MeetingId) : ICommand<MeetingDto>;

internal sealed record ListMeetingsQuery(bool IncludePast = false) : IQuery<IReadOnlyList<MeetingDto>>;

internal sealed record GetMeetingQuery(Guid MeetingId) : IQuery<MeetingDetailsDto>;

/// <summary>One place at a meeting, if the current user may see it.</summary>
internal sealed record GetPlaceQuery(Guid MeetingId, Guid BookingId) : IQuery<BookingDto>;

/// <summary>Every place at a meeting that is not cancelled, for the attendance list the authority's team downloads.</summary>
internal sealed record ListEveryPlaceQuery(Guid MeetingId) : IQuery<IReadOnlyList<BookingDto>>;

/// <summary>
/// Books places for the school's representatives together. If the meeting has no room for all of them, or the
/// school would go over the representatives its package includes, they wait together and are promoted together.
/// </summary>
internal sealed record BookPlacesCommand(Guid MeetingId, IReadOnlyList<AttendeeInput>? Attendees) : ICommand<IReadOnlyList<BookingDto>>;

public sealed record AttendeeInput(string? Name, string? Email);

/// <summary>Gives up a place; the first on the waiting list who fits is promoted and told.</summary>
internal sealed record CancelBookingCommand(Guid BookingId) : ICommand<BookingDto>;

/// <summary>Passes a place to a colleague.</summary>
internal sealed record TransferBookingCommand(Guid BookingId, string AttendeeName, string AttendeeEmail) : ICommand<BookingDto>;

internal sealed record RecordAttendanceCommand(Guid BookingId, Attendance? Attendance) : ICommand<BookingDto>;

/// <summary>Emails everyone with a place at the meeting.</summary>
internal sealed record MessageBookedCommand(Guid MeetingId, string Subject, string Body) : ICommand<int>;
