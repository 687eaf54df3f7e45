using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Authority;

internal sealed class AuthorityViewsHandler(AuditDbContext db, ICurrentUser user, IMediator mediator, GridCalculator grids) :
    IRequestHandler<ListAuditStatusesQuery, IReadOnlyList<SchoolAuditStatusDto>>,
    IRequestHandler<GetHeatMapQuery, HeatMapDto>
{
    public async Task<IReadOnlyList<SchoolAuditStatusDto>> Handle(ListAuditStatusesQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var schools = await mediator.Send(new ListSchoolsQuery(request.Phase), cancellationToken);
        var audits = await db.Audits.AsNoTracking().Where(a => a.AcademicYear == request.AcademicYear)
            .ToDictionaryAsync(a => a.SchoolId, cancellationToken);
        return schools.Select(s => audits.TryGetValue(s.Id, out var a)
            ? new SchoolAuditStatusDto(s.Id, s.Name, s.Phase, a.Id, a.Status, a.SubmittedAt)
            : new SchoolAuditStatusDto(s.Id, s.Name, s.Phase, null, AuditStatus.NotStarted, null)).ToList();
    }

    public async Task<HeatMapDto> Handle(GetHeatMapQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var threshold = await db.Settings.AsNoTracking().Select(s => (int?)s.SuppressionThreshold).FirstOrDefaultAsync(cancellationToken) ?? 5;
        var phase = request.Phase?.ToString();
        var audits = await db.Audits.AsNoTracking()
            .Where(a => a.AcademicYear == request.AcademicYear && a.Status == AuditStatus.Submitted && (phase == null || a.SchoolPhase == phase))
            .ToListAsync(cancellationToken);
        var version = await db.FrameworkVersions.AsNoTracking().Where(v => v.Status == FrameworkVersionStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var content = version?.Content ?? DefaultFramework.Create();

        var cells = (await grids.GridsAsync(audits, cancellationToken)).SelectMany(g => g.Cells);

        var byCell = cells.ToLookup(c => (c.ElementKey, c.StrandKey), c => c.Rating);
        int? Suppress(int count) => count < threshold ? null : count;
        var heat = (from element in content.Elements
                    from strand in content.Strands
                    let ratings = byCell[(element.Key, strand.Key)].ToList()
                    select new HeatMapCellDto(element.Key, strand.Key,
                        Suppress(ratings.Count(r => r == Rating.Red)), Suppress(ratings.Count(r => r == Rating.Amber)), Suppress(ratings.Count(r => r == Rating.Green))))
                   .ToList();
        return new HeatMapDto(request.AcademicYear, audits.Count, threshold,
            content.Elements.Select(e => new NamedKeyDto(e.Key, e.Name)).ToList(), content.Strands.Select(s => new NamedKeyDto(s.Key, s.Name)).ToList(), heat);
    }

    private void EnsureStaff()
    {
        if (!user.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team sees every school's audit.");
        }
    }
}
