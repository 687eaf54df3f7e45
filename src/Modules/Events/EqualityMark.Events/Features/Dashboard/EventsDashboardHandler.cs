using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Features.Meetings;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Dashboard;

/// <param name="SchoolsPage">The page of the schools without an annual visit (50 to a page; past the last, the last).</param>
internal sealed record GetEventsDashboardQuery(int SchoolsPage = 1) : IQuery<EventsDashboardDto>;

/// <summary>
/// The authority's view: meetings filling up, each advisor's visits this year, schools yet to book their annual visit. The
/// visits are counted in the database (one row per advisor, in one query), not read one by one.
/// </summary>
internal sealed class EventsDashboardHandler(EventsDbContext db, EventsAccess access, IMediator mediator, TimeProvider clock) : IRequestHandler<GetEventsDashboardQuery, EventsDashboardDto>
{
    public async Task<EventsDashboardDto> Handle(GetEventsDashboardQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var year = AcademicYear.For(clock.GetUtcNow());
        // The school year runs from midnight on 1 September in London (23:00 UTC on 31 August) to the next.
        var (from, until) = (UkTime.StartOf(AcademicYear.Start(year)), UkTime.StartOf(AcademicYear.Start(year + 1)));
        var meetings = await mediator.Send(new ListMeetingsQuery(), cancellationToken);
        var visits = db.Visits.AsNoTracking().Where(v => v.RequestedAt >= from && v.RequestedAt < until && v.Status != VisitStatus.Cancelled);
        // One row per advisor, and one for visits with none yet; the requests still to assign are counted across them all.
        var byAdvisor = await visits.GroupBy(v => v.AdvisorName)
            .Select(g => new
            {
                AdvisorName = g.Key,
                Confirmed = g.Count(v => v.Status == VisitStatus.Confirmed),
                Completed = g.Count(v => v.Status == VisitStatus.Completed),
                Requested = g.Count(v => v.Status == VisitStatus.Requested),
            })
            .ToListAsync(cancellationToken);
        var advisors = byAdvisor.Where(a => a.AdvisorName is not null).OrderBy(a => a.AdvisorName)
            .Select(a => new AdvisorVisitsDto(a.AdvisorName!, a.Confirmed, a.Completed)).ToList();
        var unassigned = byAdvisor.Sum(a => a.Requested);
        var withAnnual = await visits.Where(v => v.Kind == VisitKind.Annual).Select(v => v.SchoolId).Distinct().ToListAsync(cancellationToken);
        var withoutAnnual = await mediator.Send(new ListSchoolsPageQuery(null, request.SchoolsPage, Except: withAnnual), cancellationToken);
        return new EventsDashboardDto(year, meetings.Take(6).ToList(), advisors, unassigned, withoutAnnual.Map(s => s.Name));
    }
}
