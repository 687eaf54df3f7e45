using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Dashboard;

/// <summary>
/// The team's view of every school's badges and Mark, in a fixed number of queries whatever the number of schools:
/// the schools (one request), the page's valid awards and open summaries (one query each) and the figures (two
/// queries, one row per school and figure). Figures are protected across the phase views together (DashboardFigures).
/// </summary>
internal sealed class DashboardHandler(AccreditationDbContext db, AccreditationAccess access, BadgeCatalogue badges, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetAccreditationDashboardQuery, AccreditationDashboardDto>
{
    public const int PageSize = 25;

    public async Task<AccreditationDashboardDto> Handle(GetAccreditationDashboardQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var today = UkTime.Today(clock);
        var everySchool = await mediator.Send(new ListSchoolsQuery(null), cancellationToken);
        var schools = everySchool.Where(s => request.Phase is null || s.Phase == request.Phase).OrderBy(s => s.Name).ThenBy(s => s.Urn).ToList();
        var strands = await badges.AllAsync(cancellationToken);
        var threshold = await mediator.Send(new GetSuppressionThresholdQuery(), cancellationToken);
        var pageCount = Math.Max(1, (schools.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        var onPage = schools.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var pageIds = onPage.Select(s => s.Id).ToList();

        var awards = (await Valid(db.Awards.AsNoTracking().Where(a => pageIds.Contains(a.SchoolId)), today).ToListAsync(cancellationToken))
            .ToLookup(a => (a.SchoolId, a.Kind, a.StrandKey));
        var open = (await db.Summaries.AsNoTracking().Where(s => pageIds.Contains(s.SchoolId) && s.Status != SummaryStatus.Awarded)
            .Select(s => new { s.SchoolId, s.StrandKey, s.Status }).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.SchoolId, s.StrandKey), s => s.Status);
        var rows = onPage.Select(s => new DashboardRowDto(
            s.Id, s.Name, s.Urn, SchoolPhaseLabels.For(s.Phase),
            strands.Select(b => DashboardCells.For(b.Key, awards[(s.Id, AwardKind.Badge, b.Key)], open.TryGetValue((s.Id, b.Key), out var status) ? status : null, today)).ToList(),
            DashboardCells.For(null, awards[(s.Id, AwardKind.Mark, null)], null, today))).ToList();

        var phaseOf = everySchool.ToDictionary(s => s.Id, s => s.Phase);
        var (holders, marks, waiting) = await FiguresAsync(phaseOf, today, cancellationToken);
        string Figure(IEnumerable<Guid> schoolIds) =>
            DashboardFigures.Show(schoolIds.GroupBy(id => phaseOf[id]).ToDictionary(g => g.Key, g => g.Count()), request.Phase, threshold);
        return new AccreditationDashboardDto(
            threshold,
            strands.Select(b => new BadgeFigureDto(b.Key, b.Name, Figure(holders[b.Key]))).ToList(),
            Figure(marks),
            Figure(waiting),
            rows, page, pageCount, schools.Count, request.Phase);
    }

    private static IQueryable<Award> Valid(IQueryable<Award> awards, DateOnly today) =>
        awards.Where(a => a.RevokedAt == null && (a.ExpiresOn == null || a.ExpiresOn > today));

    /// <summary>Across every school: who holds each badge and the Mark, and whose summaries wait for the desk check (one row per school and figure).</summary>
    private async Task<(ILookup<string, Guid> Holders, List<Guid> Marks, List<Guid> Waiting)> FiguresAsync(
        Dictionary<Guid, SchoolPhase> schools, DateOnly today, CancellationToken cancellationToken)
    {
        var held = (await Valid(db.Awards.AsNoTracking(), today)
            .Select(a => new { a.Kind, a.StrandKey, a.SchoolId }).Distinct()
            .ToListAsync(cancellationToken)).Where(a => schools.ContainsKey(a.SchoolId)).ToList();
        var waiting = (await db.Summaries.AsNoTracking().Where(s => s.Status == SummaryStatus.Sent).Select(s => s.SchoolId)
            .ToListAsync(cancellationToken)).Where(schools.ContainsKey).ToList();
        return (
            held.Where(h => h.Kind == AwardKind.Badge && h.StrandKey != null).ToLookup(h => h.StrandKey!, h => h.SchoolId),
            held.Where(h => h.Kind == AwardKind.Mark).Select(h => h.SchoolId).Distinct().ToList(),
            waiting);
    }
}
