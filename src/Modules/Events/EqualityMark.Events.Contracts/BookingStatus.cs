namespace EqualityMark.Events.Contracts;

public enum BookingStatus
{
    Booked,
    Waitlisted,
    Cancelled,
}
