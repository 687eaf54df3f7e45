using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>A meeting's places as its lists show them: not cancelled, by school, then name.</summary>
internal static class MeetingPlaces
{
    /// <summary>The meeting's places that are not cancelled; 404 when the authority has no such meeting.</summary>
    public static async Task<IQueryable<MeetingBooking>> NotCancelledAsync(EventsDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
        {
            throw new NotFoundException("No meeting with that id was found.");
        }

        return db.Bookings.AsNoTracking().Where(b => b.MeetingId == meetingId && b.Status != BookingStatus.Cancelled);
    }

    public static IOrderedQueryable<MeetingBooking> InListOrder(this IQueryable<MeetingBooking> places) =>
        places.OrderBy(b => b.SchoolName).ThenBy(b => b.AttendeeName).ThenBy(b => b.Id);
}
