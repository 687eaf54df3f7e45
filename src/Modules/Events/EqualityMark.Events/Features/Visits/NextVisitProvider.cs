using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>Answers Audit's question "when is each school's next visit?" so its pre-visit reminders can fire.</summary>
internal sealed class NextVisitProvider(EventsDbContext db, TimeProvider clock) : INextVisitProvider
{
    public async Task<IReadOnlyDictionary<Guid, DateOnly>> NextVisitDatesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = await db.Visits.AsNoTracking()
            .Where(v => v.Status == VisitStatus.Confirmed && v.StartsAt >= now)
            .GroupBy(v => v.SchoolId).Select(g => new { SchoolId = g.Key, StartsAt = g.Min(v => v.StartsAt) })
            .ToListAsync(cancellationToken);
        return next.Where(v => v.StartsAt is not null)
            .ToDictionary(v => v.SchoolId, v => DateOnly.FromDateTime(UkTime.ToLondon(v.StartsAt!.Value).DateTime));
    }
}
