using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>One representative's place at a network meeting, or their place in the waiting list.</summary>
internal sealed class MeetingBooking : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; init; }

    /// <summary>The representatives a school booked together take a place, or wait, together.</summary>
    public Guid GroupId { get; init; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public required string AttendeeName { get; set; }

    public required string AttendeeEmail { get; set; }

    public BookingStatus Status { get; set; }

    public Attendance? Attendance { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PromotedAt { get; set; }
}
