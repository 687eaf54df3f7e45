using System.Security.Cryptography;
using System.Text;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Calendar;

internal sealed class CalendarHandler(EventsDbContext db, EventsAccess access, TimeProvider clock) :
    IRequestHandler<GetMyCalendarQuery, IReadOnlyList<CalendarEventDto>>,
    IRequestHandler<CreateCalendarFeedCommand, string>,
    IRequestHandler<RevokeCalendarFeedCommand, Unit>,
    IRequestHandler<GetFeedCalendarQuery, IReadOnlyList<CalendarEventDto>>,
    IRequestHandler<HasCalendarFeedQuery, bool>
{
    public Task<IReadOnlyList<CalendarEventDto>> Handle(GetMyCalendarQuery request, CancellationToken cancellationToken) =>
        EventsForAsync(access.User.UserId, access.User.Role, access.User.SchoolId, cancellationToken);

    public async Task<string> Handle(CreateCalendarFeedCommand request, CancellationToken cancellationToken)
    {
        var userId = access.User.UserId ?? throw new ForbiddenException("Sign in to create a calendar feed.");
        await RevokeAsync(userId, cancellationToken);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, Role = access.User.Role, SchoolId = access.User.SchoolId, TokenHash = Hash(token), CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<Unit> Handle(RevokeCalendarFeedCommand request, CancellationToken cancellationToken)
    {
        await RevokeAsync(access.User.UserId ?? Guid.Empty, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<IReadOnlyList<CalendarEventDto>> Handle(GetFeedCalendarQuery request, CancellationToken cancellationToken)
    {
        var hash = Hash(request.Token);
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException("No calendar feed at that address.");
        return await EventsForAsync(feed.UserId, feed.Role, feed.SchoolId, cancellationToken);
    }

    public Task<bool> Handle(HasCalendarFeedQuery request, CancellationToken cancellationToken)
    {
        var userId = access.User.UserId ?? Guid.Empty;
        return db.CalendarFeeds.AnyAsync(f => f.UserId == userId && f.RevokedAt == null, cancellationToken);
    }

    private async Task RevokeAsync(Guid userId, CancellationToken cancellationToken)
    {
        foreach (var feed in await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).ToListAsync(cancellationToken))
        {
            feed.RevokedAt = clock.GetUtcNow();
        }
    }

    private async Task<IReadOnlyList<CalendarEventDto>> EventsForAsync(Guid? userId, string? role, Guid? schoolId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-60);
        var isStaff = Roles.IsAuthorityStaff(role);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.EndsAt >= since && m.CancelledAt == null);
        if (!isStaff)
        {
            var school = schoolId ?? Guid.Empty;
            meetings = meetings.Where(m => db.Bookings.Any(b => b.MeetingId == m.Id && b.SchoolId == school && b.Status == BookingStatus.Booked));
        }

        var visits = db.Visits.AsNoTracking().Where(v => v.Status != VisitStatus.Cancelled && v.StartsAt != null && v.EndsAt >= since);
        visits = role switch
        {
            Roles.Advisor => visits.Where(v => v.AdvisorId == userId),
            Roles.AuthorityAdmin => visits,
            _ => visits.Where(v => v.SchoolId == (schoolId ?? Guid.Empty)),
        };

        var events = (await meetings.ToListAsync(cancellationToken)).Select(m => new CalendarEventDto(
            $"meeting-{m.Id}@equalitymark", "meeting", m.Id, m.Title, m.StartsAt, m.EndsAt,
            m.Venue.Length > 0 ? m.Venue : m.OnlineLink, $"{m.Term} co-ordinators' network meeting. {m.Agenda}".Trim(), $"/meetings/{m.Id}")).ToList();
        events.AddRange((await visits.ToListAsync(cancellationToken)).Select(v => new CalendarEventDto(
            $"visit-{v.Id}@equalitymark", "visit", v.Id, $"{VisitKinds.Name(v.Kind)}: {v.SchoolName}", v.StartsAt!.Value, v.EndsAt!.Value,
            v.SchoolName, $"Advisor: {v.AdvisorName}. Focus: {v.Focus}", $"/visits/{v.Id}")));
        return events.OrderBy(e => e.StartsAt).ToList();
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
