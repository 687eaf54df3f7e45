using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

internal sealed class MeetingsHandler(EventsDbContext db, EventsAccess access, SchoolPackage package, TimeProvider clock) :
    IRequestHandler<CreateMeetingCommand, MeetingDto>,
    IRequestHandler<ListMeetingsQuery, IReadOnlyList<MeetingDto>>,
    IRequestHandler<GetMeetingQuery, MeetingDetailsDto>
{
    public async Task<MeetingDto> Handle(CreateMeetingCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var meeting = new NetworkMeeting
        {
            Term = request.Term.Trim(),
            Title = request.Title.Trim(),
            Agenda = request.Agenda?.Trim() ?? string.Empty,
            StartsAt = request.StartsAt!.Value.ToUniversalTime(),
            EndsAt = request.EndsAt!.Value.ToUniversalTime(),
            Venue = request.Venue?.Trim() ?? string.Empty,
            OnlineLink = request.OnlineLink?.Trim() ?? string.Empty,
            Capacity = request.Capacity!.Value,
            BookingDeadline = request.BookingDeadline!.Value.ToUniversalTime(),
            Materials = request.Materials?.Trim() ?? string.Empty,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingMapping.ToDto(meeting, 0, 0);
    }

    public async Task<IReadOnlyList<MeetingDto>> Handle(ListMeetingsQuery request, CancellationToken cancellationToken)
    {
        var since = request.IncludePast ? DateTimeOffset.MinValue : clock.GetUtcNow().AddDays(-1);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.StartsAt >= since).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var counts = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.MeetingId) && b.Status != BookingStatus.Cancelled)
            .GroupBy(b => new { b.MeetingId, b.Status }).Select(g => new { g.Key.MeetingId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(Guid id, BookingStatus status) => counts.Where(c => c.MeetingId == id && c.Status == status).Sum(c => c.Count);
        return meetings.ConvertAll(m => MeetingMapping.ToDto(m, Count(m.Id, BookingStatus.Booked), Count(m.Id, BookingStatus.Waitlisted)));
    }

    public async Task<MeetingDetailsDto> Handle(GetMeetingQuery request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException("No meeting with that id was found.");
        var counts = await db.Bookings.AsNoTracking().Where(b => b.MeetingId == meeting.Id && b.Status != BookingStatus.Cancelled)
            .GroupBy(b => b.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(BookingStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        var dto = MeetingMapping.ToDto(meeting, Count(BookingStatus.Booked), Count(BookingStatus.Waitlisted));
        var ownSchool = access.User.IsSchoolUser ? access.User.SchoolId : null;
        var yourPlaces = ownSchool is null ? [] : await YourPlacesAsync(meeting.Id, ownSchool.Value, cancellationToken);
        var places = ownSchool is null ? 0 : await PlacesAsync(ownSchool.Value, cancellationToken);
        var offers = (await db.SplitOffers.AsNoTracking().Where(o => o.MeetingId == meeting.Id && o.Status == SplitOfferStatus.Open).ToListAsync(cancellationToken))
            .Where(o => access.User.CanSeeSchool(o.SchoolId)).Select(o => new OpenOfferDto(o.Id, o.SchoolId, o.SchoolName)).ToList();
        return new MeetingDetailsDto(dto, yourPlaces, places, offers);
    }

    /// <summary>A school's own places are few: its package's places per meeting, and any it cancelled.</summary>
    private async Task<List<BookingDto>> YourPlacesAsync(Guid meetingId, Guid schoolId, CancellationToken cancellationToken)
    {
        var own = await db.Bookings.AsNoTracking().Where(b => b.MeetingId == meetingId && b.SchoolId == schoolId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        return own.Where(b => BookingRules.MaySee(access.User, b.SchoolId, b.AttendeeEmail)).Select(MeetingMapping.ToDto).ToList();
    }

    private async Task<int> PlacesAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        try
        {
            return await package.MeetingPlacesAsync(schoolId, cancellationToken);
        }
        catch (ConflictException)
        {
            return 0;
        }
    }
}
