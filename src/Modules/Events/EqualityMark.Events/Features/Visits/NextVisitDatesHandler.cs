using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The next confirmed visit of many schools in one query, for the accreditation review queue's deadlines.</summary>
internal sealed class NextVisitDatesHandler(EventsDbContext db, TimeProvider clock) :
    IRequestHandler<GetNextVisitDatesQuery, IReadOnlyDictionary<Guid, DateOnly>>
{
    public async Task<IReadOnlyDictionary<Guid, DateOnly>> Handle(GetNextVisitDatesQuery request, CancellationToken cancellationToken)
    {
        if (request.SchoolIds.Count == 0)
        {
            return new Dictionary<Guid, DateOnly>();
        }

        var now = clock.GetUtcNow();
        var ids = request.SchoolIds.Distinct().ToList();
        var next = await db.Visits.AsNoTracking()
            .Where(v => ids.Contains(v.SchoolId) && v.Status == VisitStatus.Confirmed && v.StartsAt >= now)
            .GroupBy(v => v.SchoolId)
            .Select(g => new { SchoolId = g.Key, StartsAt = g.Min(v => v.StartsAt) })
            .ToListAsync(cancellationToken);
        return next.Where(n => n.StartsAt is not null)
            .ToDictionary(n => n.SchoolId, n => DateOnly.FromDateTime(UkTime.ToLondon(n.StartsAt!.Value).DateTime));
    }
}
