using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>Answers Audit's question "when is this school's next visit?" so its pre-visit reminders can fire.</summary>
internal sealed class NextVisitProvider(EventsDbContext db, TimeProvider clock) : INextVisitProvider
{
    public async Task<DateOnly?> NextVisitDateAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = await db.Visits.AsNoTracking()
            .Where(v => v.SchoolId == schoolId && v.Status == VisitStatus.Confirmed && v.StartsAt >= now)
            .OrderBy(v => v.StartsAt).Select(v => v.StartsAt).FirstOrDefaultAsync(cancellationToken);
        return next is { } starts ? DateOnly.FromDateTime(UkTime.ToLondon(starts).DateTime) : null;
    }
}
