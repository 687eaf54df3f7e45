using EqualityMark.Events.Contracts;

namespace EqualityMark.Events.Features.Meetings;

public sealed record MeetingDto(
    Guid Id, string Term, string Title, string Agenda, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue, string OnlineLink,
    int Capacity, DateTimeOffset BookingDeadline, string Materials, int Booked, int Waitlisted, bool Cancelled, int Version);

public sealed record BookingDto(Guid Id, Guid MeetingId, Guid SchoolId, string SchoolName, string AttendeeName, string AttendeeEmail, BookingStatus Status, Attendance? Attendance, DateTimeOffset CreatedAt);

/// <summary>
/// A meeting with the places of the current user's own school (a reference group member: only theirs) and the open split
/// offers they may see. Every place, as the authority's team sees them, is in the meeting's bookings list, a page at a time.
/// </summary>
public sealed record MeetingDetailsDto(MeetingDto Meeting, IReadOnlyList<BookingDto> YourPlaces, int PlacesPerSchool, IReadOnlyList<OpenOfferDto> OpenOffers);

/// <summary>Places held for a school's waiting group until it answers the offer.</summary>
public sealed record OpenOfferDto(Guid Id, Guid SchoolId, string SchoolName);
