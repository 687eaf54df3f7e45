using EqualityMark.Events.Data;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>One place, as the cancel page shows it; and every place, for the attendance list (a download, so whole).</summary>
internal sealed class PlacesHandler(EventsDbContext db, EventsAccess access) :
    IRequestHandler<GetPlaceQuery, BookingDto>,
    IRequestHandler<ListEveryPlaceQuery, IReadOnlyList<BookingDto>>
{
    public async Task<BookingDto> Handle(GetPlaceQuery request, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == request.BookingId && b.MeetingId == request.MeetingId, cancellationToken);
        return booking is not null && BookingRules.MaySee(access.User, booking.SchoolId, booking.AttendeeEmail)
            ? MeetingMapping.ToDto(booking)
            : throw new NotFoundException("No place with that id was found at this meeting.");
    }

    public async Task<IReadOnlyList<BookingDto>> Handle(ListEveryPlaceQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var places = await (await MeetingPlaces.NotCancelledAsync(db, request.MeetingId, cancellationToken)).InListOrder().ToListAsync(cancellationToken);
        return places.ConvertAll(MeetingMapping.ToDto);
    }
}
