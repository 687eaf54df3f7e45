using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Shared;

/// <summary>Staff see every school's bookings and visits; school users only their own school's — anything else is not found.</summary>
internal sealed class EventsAccess(EventsDbContext db, ICurrentUser user)
{
    public ICurrentUser User => user;

    public Guid OwnSchool => user.SchoolId ?? throw new ForbiddenException("Only school users book for a school.");

    public void EnsureStaff()
    {
        if (!user.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team can do this.");
        }
    }

    public void EnsureAdmin()
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can do this.");
        }
    }

    public void EnsureCoordinator()
    {
        if (user.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only the school's equality co-ordinator can do this.");
        }
    }

    public async Task<Visit> VisitAsync(Guid visitId, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);
        return visit is not null && user.CanSeeSchool(visit.SchoolId) ? visit : throw new NotFoundException("No visit with that id was found.");
    }

    /// <summary>The visit, its row locked for the rest of the command, so its status is changed by one request at a time.</summary>
    public async Task<Visit> VisitForChangeAsync(Guid visitId, CancellationToken cancellationToken)
    {
        await EventsLocks.VisitAsync(db, visitId, cancellationToken);
        return await VisitAsync(visitId, cancellationToken);
    }

    public async Task<MeetingBooking> BookingAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        return booking is not null && user.CanSeeSchool(booking.SchoolId) ? booking : throw new NotFoundException("No booking with that id was found.");
    }

    /// <summary>A booking is cancelled or passed on only by the school's co-ordinator, the person booked, or the authority's team.</summary>
    public void EnsureMayChange(MeetingBooking booking)
    {
        if (!BookingRules.MayChange(user, booking.AttendeeEmail))
        {
            throw new ForbiddenException("Only your school's co-ordinator or the person booked can cancel or pass on this booking.");
        }
    }

    public async Task<EventSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new EventSettings();
}
