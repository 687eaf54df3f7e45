using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Leaving;

/// <summary>
/// Removes the school's visits (records by cascade), offers, calendar feeds and bookings of meetings still to come.
/// Bookings of meetings already held are kept without the attendee or school, so the authority's attendance
/// counts stay true (ADR 0025).
/// </summary>
internal sealed class DeleteEventsSchoolDataHandler(EventsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DeleteEventsSchoolDataCommand, Unit>
{
    public const string RemovedName = "Removed: the school has left";

    public async Task<Unit> Handle(DeleteEventsSchoolDataCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        var school = request.SchoolId;
        await db.LockAgainstWritesAsync<Visit>(cancellationToken);
        await db.LockAgainstWritesAsync<MeetingBooking>(cancellationToken);
        await db.LockAgainstWritesAsync<SplitOffer>(cancellationToken);
        await db.LockAgainstWritesAsync<CalendarFeed>(cancellationToken);
        var now = clock.GetUtcNow();
        var bookings = db.Bookings.Where(b => b.SchoolId == school);
        var held = bookings.Where(b => db.Meetings.Any(m => m.Id == b.MeetingId && m.StartsAt < now));
        var subjects = db.Visits.Where(v => v.SchoolId == school).Select(v => v.Id);
        var bookingIds = bookings.Select(b => b.Id);
        await db.Reminders.Where(r => subjects.Contains(r.SubjectId) || bookingIds.Contains(r.SubjectId)).ExecuteDeleteAsync(cancellationToken);
        await held.ExecuteUpdateAsync(
            b => b.SetProperty(x => x.AttendeeName, RemovedName).SetProperty(x => x.AttendeeEmail, "").SetProperty(x => x.SchoolName, RemovedName),
            cancellationToken);
        await bookings.Where(b => !db.Meetings.Any(m => m.Id == b.MeetingId && m.StartsAt < now)).ExecuteDeleteAsync(cancellationToken);
        await db.SplitOffers.Where(o => o.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.Visits.Where(v => v.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        await db.CalendarFeeds.Where(f => f.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
