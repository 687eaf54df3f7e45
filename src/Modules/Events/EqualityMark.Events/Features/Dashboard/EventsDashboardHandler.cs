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
/// visits are read once, as four columns a visit, not as whole visits.
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
        // This year's visits as narrow rows, in one query: each advisor's counts, the requests still to assign and the
        // schools that have their annual visit all come from them (at most a few per school).
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.RequestedAt >= from && v.RequestedAt < until && v.Status != VisitStatus.Cancelled)
            .Select(v => new { v.AdvisorName, v.Status, v.Kind, v.SchoolId })
            .ToListAsync(cancellationToken);
        var advisors = visits.Where(v => v.AdvisorName is not null).GroupBy(v => v.AdvisorName!).OrderBy(g => g.Key)
            .Select(g => new AdvisorVisitsDto(g.Key, g.Count(v => v.Status == VisitStatus.Confirmed), g.Count(v => v.Status == VisitStatus.Completed))).ToList();
        var unassigned = visits.Count(v => v.Status == VisitStatus.Requested);
        var withAnnual = visits.Where(v => v.Kind == VisitKind.Annual).Select(v => v.SchoolId).Distinct().ToList();
        var withoutAnnual = await mediator.Send(new ListSchoolsPageQuery(null, request.SchoolsPage, Except: withAnnual), cancellationToken);
        return new EventsDashboardDto(year, meetings.Take(6).ToList(), advisors, unassigned, withoutAnnual.Map(s => s.Name));
    }
}
