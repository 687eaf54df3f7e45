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

    /// <summary>Representatives per meeting the school's package included when it booked (used when promoting from the waiting list).</summary>
    public int SchoolAllowance { get; init; }

    public BookingStatus Status { get; set; }

    public Attendance? Attendance { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PromotedAt { get; set; }
}
