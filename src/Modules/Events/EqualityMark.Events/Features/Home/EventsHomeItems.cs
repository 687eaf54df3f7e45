using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Home;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Home;

/// <summary>
/// Visit requests to arrange, for the authority, and an advisor with no times to visit; the meetings and visits of the next eight weeks for everyone: an
/// advisor's own visits, a school's booked places and visits.
/// </summary>
internal sealed class EventsHomeItems(EventsDbContext db, ICurrentUser user, TimeProvider clock) : IHomeItemSource
{
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(56);
    private const int Shown = 5;

    public async Task<IReadOnlyList<HomeItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Ahead;
        var items = new List<HomeItem>();
        var meetings = db.Meetings.AsNoTracking().Where(m => m.CancelledAt == null && m.StartsAt > now && m.StartsAt <= horizon);
        var visits = db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Confirmed && v.StartsAt > now && v.StartsAt <= horizon);

        if (user.IsAuthorityStaff)
        {
            var requested = await db.Visits.CountAsync(v => v.Status == VisitStatus.Requested, cancellationToken);
            if (requested > 0)
            {
                items.Add(new HomeItem(HomeSection.NeedsAttention, 40, HomeText.Count(requested, "visit request", "visit requests") + " to arrange", "/visits"));
            }

            if (user.Role == Roles.Advisor)
            {
                visits = visits.Where(v => v.AdvisorId == user.UserId);
                if (!await db.AvailabilitySlots.AnyAsync(a => a.AdvisorId == user.UserId && a.EndsAt > now, cancellationToken))
                {
                    items.Add(new HomeItem(HomeSection.NeedsAttention, 45, "Say when you can visit schools", "/visits/availability")
                    {
                        Detail = "You have no times after today, so no visit can be given to you",
                    });
                }
            }
        }
        else if (user.SchoolId is { } schoolId)
        {
            meetings = meetings.Where(m => db.Bookings.Any(b => b.MeetingId == m.Id && b.SchoolId == schoolId && b.Status == BookingStatus.Booked));
            visits = visits.Where(v => v.SchoolId == schoolId);
        }
        else
        {
            return [];
        }

        var nextMeetings = await meetings.OrderBy(m => m.StartsAt).Take(Shown)
            .Select(m => new { m.Id, m.Title, m.StartsAt, m.Venue }).ToListAsync(cancellationToken);
        var nextVisits = await visits.OrderBy(v => v.StartsAt).Take(Shown)
            .Select(v => new { v.Id, v.Kind, v.SchoolName, v.StartsAt, v.AdvisorName }).ToListAsync(cancellationToken);

        items.AddRange(nextMeetings.Select(m => new HomeItem(HomeSection.ComingUp, 0, m.Title, $"/meetings/{m.Id}")
        {
            When = m.StartsAt,
            Detail = HomeText.Moment(m.StartsAt) + (string.IsNullOrWhiteSpace(m.Venue) ? string.Empty : $", {m.Venue}"),
        }));
        items.AddRange(nextVisits.Select(v => new HomeItem(HomeSection.ComingUp, 0,
            user.IsAuthorityStaff ? $"{VisitKinds.Name(v.Kind)} at {v.SchoolName}" : VisitKinds.Name(v.Kind), $"/visits/{v.Id}")
        {
            When = v.StartsAt,
            Detail = HomeText.Moment(v.StartsAt!.Value) + (user.IsAuthorityStaff || v.AdvisorName is null ? string.Empty : $", with {v.AdvisorName}"),
        }));
        return items;
    }
}
