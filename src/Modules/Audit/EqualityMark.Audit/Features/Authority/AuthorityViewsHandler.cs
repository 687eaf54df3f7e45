using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Disclosure;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Authority;

internal sealed class AuthorityViewsHandler(AuditDbContext db, ICurrentUser user, IMediator mediator, SentGridRatings sentGrids) :
    IRequestHandler<ListAuditStatusesQuery, PagedList<SchoolAuditStatusDto>>,
    IRequestHandler<GetHeatMapQuery, HeatMapDto>
{
    /// <summary>A page of schools from Organisations, then the audits of only those schools (one query, by the school and year index).</summary>
    public async Task<PagedList<SchoolAuditStatusDto>> Handle(ListAuditStatusesQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var schools = await mediator.Send(new ListSchoolsPageQuery(request.Phase, request.Page), cancellationToken);
        var ids = schools.Items.Select(s => s.Id).ToList();
        var audits = await db.Audits.AsNoTracking().Where(a => a.AcademicYear == request.AcademicYear && ids.Contains(a.SchoolId))
            .ToDictionaryAsync(a => a.SchoolId, cancellationToken);
        return schools.Map(s => audits.TryGetValue(s.Id, out var a)
            ? new SchoolAuditStatusDto(s.Id, s.Name, s.Phase, a.Id, a.Status, a.SubmittedAt)
            : new SchoolAuditStatusDto(s.Id, s.Name, s.Phase, null, AuditStatus.NotStarted, null));
    }

    public async Task<HeatMapDto> Handle(GetHeatMapQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var threshold = await db.Settings.AsNoTracking().Select(s => (int?)s.SuppressionThreshold).FirstOrDefaultAsync(cancellationToken) ?? 5;
        var audits = await db.Audits.AsNoTracking()
            .Where(a => a.AcademicYear == request.AcademicYear && a.Status == AuditStatus.Submitted)
            .ToListAsync(cancellationToken);
        var version = await db.FrameworkVersions.AsNoTracking().Where(v => v.Status == FrameworkVersionStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var content = version?.Content ?? DefaultFramework.Create();
        var elements = content.Elements.Select(e => new NamedKeyDto(e.Key, e.Name)).ToList();
        var strands = content.Strands.Select(s => new NamedKeyDto(s.Key, s.Name)).ToList();

        var phaseOf = audits.ToDictionary(a => a.Id, a => Enum.Parse<SchoolPhase>(a.SchoolPhase));
        var groups = PublishableGroups.Choose(phaseOf.Values.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count()), threshold);
        var viewShown = groups.WholeShown && (request.Phase is not { } asked || groups.IsShown(asked));
        if (!viewShown)
        {
            return new HeatMapDto(request.AcademicYear, request.Phase, null, threshold, groups.Shown, elements, strands, []);
        }

        var byCell = (await sentGrids.ForAsync(audits, cancellationToken))
            .SelectMany(g => g.Cells.Select(c => (c.ElementKey, c.StrandKey, Phase: phaseOf[g.Audit.Id], c.Rating)))
            .ToLookup(c => (c.ElementKey, c.StrandKey), c => (c.Phase, c.Rating));
        var cells = (from element in content.Elements
                     from strand in content.Strands
                     select HeatMapTable.Cell(element.Key, strand.Key, byCell[(element.Key, strand.Key)].ToList(), groups.Shown, request.Phase, threshold))
                    .ToList();
        var included = request.Phase is { } phase ? phaseOf.Values.Count(p => p == phase) : audits.Count;
        return new HeatMapDto(request.AcademicYear, request.Phase, included, threshold, groups.Shown, elements, strands, cells);
    }

    private void EnsureStaff()
    {
        if (!user.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team sees every school's audit.");
        }
    }
}
