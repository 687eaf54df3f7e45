using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Authority;

/// <summary>
/// The team's view across schools, in a fixed number of grouped queries whatever the number of schools:
/// objectives by strand, overdue actions, schools whose audit was sent but who have no plan, and a page of schools.
/// </summary>
internal sealed class SchoolPlansHandler(ActionPlanningDbContext db, PlanAccess access, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetSchoolPlansQuery, SchoolPlansDto>
{
    public const int PageSize = 25;

    public async Task<SchoolPlansDto> Handle(GetSchoolPlansQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var today = UkTime.Today(clock);
        var year = AcademicYear.For(today);
        var schools = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).OrderBy(s => s.Name).ToList();
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.SchoolId, p.LastUpdatedAt }).ToDictionaryAsync(p => p.SchoolId, p => p.LastUpdatedAt, cancellationToken);
        var objectives = await db.Objectives.Where(o => o.AcademicYear == year).GroupBy(o => o.SchoolId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var open = db.Actions.Where(a => a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress);
        var openCounts = await open.GroupBy(a => a.SchoolId).Select(g => new { g.Key, Count = g.Count(), Overdue = g.Count(a => a.DueOn < today) })
            .ToDictionaryAsync(g => g.Key, g => (g.Count, g.Overdue), cancellationToken);
        var names = schools.ToDictionary(s => s.Id, s => s.Name);

        var page = Math.Max(1, request.Page);
        var pageCount = Math.Max(1, (schools.Count + PageSize - 1) / PageSize);
        var rows = schools.Skip((page - 1) * PageSize).Take(PageSize).Select(s => new SchoolPlanRowDto(
            s.Id, s.Name, s.Urn, plans.ContainsKey(s.Id), objectives.GetValueOrDefault(s.Id),
            openCounts.GetValueOrDefault(s.Id).Count, openCounts.GetValueOrDefault(s.Id).Overdue, plans.TryGetValue(s.Id, out var at) ? at : null)).ToList();

        var overdue = await open.Where(a => a.DueOn < today).OrderBy(a => a.DueOn).Take(20)
            .Select(a => new { a.Id, a.SchoolId, a.Description, a.OwnerName, a.DueOn }).ToListAsync(cancellationToken);
        var sent = await mediator.Send(new ListSchoolsWithSentAuditQuery(year), cancellationToken);
        return new SchoolPlansDto(
            year, rows, Math.Min(page, pageCount), pageCount, schools.Count,
            await ByStrandAsync(year, cancellationToken),
            overdue.Where(a => names.ContainsKey(a.SchoolId)).Select(a => new OverdueActionDto(a.Id, a.SchoolId, names[a.SchoolId], a.Description, a.OwnerName, a.DueOn)).ToList(),
            openCounts.Values.Sum(c => c.Overdue),
            sent.Where(id => !objectives.ContainsKey(id) && names.ContainsKey(id)).Select(id => new SchoolRefDto(id, names[id])).OrderBy(s => s.SchoolName).ToList());
    }

    private async Task<List<StrandCountDto>> ByStrandAsync(int year, CancellationToken cancellationToken)
    {
        var badges = await mediator.Send(new GetBadgesQuery(), cancellationToken);
        var counts = await db.ObjectiveCells
            .Join(db.Objectives.Where(o => o.AcademicYear == year), c => c.ObjectiveId, o => o.Id, (c, o) => new { c.StrandKey, o.Id, o.SchoolId })
            .Distinct()
            .GroupBy(x => x.StrandKey)
            .Select(g => new { g.Key, Objectives = g.Select(x => x.Id).Distinct().Count(), Schools = g.Select(x => x.SchoolId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return badges.Select(b => new StrandCountDto(b.Key, b.Name, counts.GetValueOrDefault(b.Key)?.Objectives ?? 0, counts.GetValueOrDefault(b.Key)?.Schools ?? 0)).ToList();
    }
}
