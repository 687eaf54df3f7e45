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
/// the schools (one request), the page's valid awards and open summaries (one query each) and the figures (two grouped
/// queries). Figures below the suppression threshold read "fewer than N".
/// </summary>
internal sealed class DashboardHandler(AccreditationDbContext db, AccreditationAccess access, BadgeCatalogue badges, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetAccreditationDashboardQuery, AccreditationDashboardDto>
{
    public const int PageSize = 25;

    public async Task<AccreditationDashboardDto> Handle(GetAccreditationDashboardQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var today = UkTime.Today(clock);
        var schools = (await mediator.Send(new ListSchoolsQuery(request.Phase), cancellationToken)).OrderBy(s => s.Name).ThenBy(s => s.Urn).ToList();
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
            s.Id, s.Name, s.Urn, PhaseLabels.For(s.Phase),
            strands.Select(b => DashboardCells.For(b.Key, awards[(s.Id, AwardKind.Badge, b.Key)], open.TryGetValue((s.Id, b.Key), out var status) ? status : null, today)).ToList(),
            DashboardCells.For(null, awards[(s.Id, AwardKind.Mark, null)], null, today))).ToList();

        var (holders, marks, waiting) = await FiguresAsync(schools.Select(s => s.Id).ToList(), today, cancellationToken);
        return new AccreditationDashboardDto(
            threshold,
            strands.Select(b => new BadgeFigureDto(b.Key, b.Name, SuppressedCount.Show(holders.GetValueOrDefault(b.Key), threshold))).ToList(),
            SuppressedCount.Show(marks, threshold),
            SuppressedCount.Show(waiting, threshold),
            rows, page, pageCount, schools.Count, request.Phase);
    }

    private static IQueryable<Award> Valid(IQueryable<Award> awards, DateOnly today) =>
        awards.Where(a => a.RevokedAt == null && (a.ExpiresOn == null || a.ExpiresOn > today));

    /// <summary>Across the listed schools: how many hold each badge and the Mark, and how many summaries wait for the desk check.</summary>
    private async Task<(Dictionary<string, int> Holders, int Marks, int Waiting)> FiguresAsync(List<Guid> schoolIds, DateOnly today, CancellationToken cancellationToken)
    {
        var held = await Valid(db.Awards.AsNoTracking().Where(a => schoolIds.Contains(a.SchoolId)), today)
            .GroupBy(a => new { a.Kind, a.StrandKey })
            .Select(g => new { g.Key.Kind, g.Key.StrandKey, Schools = g.Select(a => a.SchoolId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var waiting = await db.Summaries.CountAsync(s => schoolIds.Contains(s.SchoolId) && s.Status == SummaryStatus.Sent, cancellationToken);
        return (
            held.Where(h => h.Kind == AwardKind.Badge && h.StrandKey != null).ToDictionary(h => h.StrandKey!, h => h.Schools),
            held.Where(h => h.Kind == AwardKind.Mark).Sum(h => h.Schools),
            waiting);
    }
}
