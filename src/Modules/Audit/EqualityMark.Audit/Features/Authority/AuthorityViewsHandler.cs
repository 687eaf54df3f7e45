using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Disclosure;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Authority;

internal sealed class AuthorityViewsHandler(
    AuditDbContext db, ICurrentUser user, IMediator mediator, SentGridRatings sentGrids, IMemoryCache cache, ITenantContext tenant) :
    IRequestHandler<ListAuditStatusesQuery, PagedList<SchoolAuditStatusDto>>,
    IRequestHandler<GetHeatMapQuery, HeatMapDto>
{
    private static readonly TimeSpan HeatMapKeptFor = TimeSpan.FromHours(1);

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

    /// <summary>
    /// The heat-map is worked out once per set of sent audits and kept: the key holds the authority, the view, the
    /// threshold, the published framework version and the sent audits' count and latest sent time. Sending an audit
    /// gives it the latest sent time and returning one lowers the count, so any change makes a new key; a map is stored
    /// under the key of the audits it was built from, never of audits read before them.
    /// </summary>
    public async Task<HeatMapDto> Handle(GetHeatMapQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var threshold = await db.Settings.AsNoTracking().Select(s => (int?)s.SuppressionThreshold).FirstOrDefaultAsync(cancellationToken) ?? 5;
        var versionId = await PublishedVersion().Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        var sent = SentAudits(request.AcademicYear);
        var latest = await sent.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Latest = g.Max(a => a.SubmittedAt) }).FirstOrDefaultAsync(cancellationToken);
        if (cache.TryGetValue(HeatMapKey(request, threshold, versionId, latest?.Count ?? 0, latest?.Latest), out HeatMapDto? kept))
        {
            return kept!;
        }

        var audits = await sent.ToListAsync(cancellationToken);
        var version = await PublishedVersion().FirstOrDefaultAsync(cancellationToken);
        var map = await BuildHeatMapAsync(request, threshold, audits, version?.Content ?? DefaultFramework.Create(), cancellationToken);
        var builtFrom = HeatMapKey(request, threshold, version?.Id, audits.Count, audits.Count == 0 ? null : audits.Max(a => a.SubmittedAt));
        cache.Set(builtFrom, map, new MemoryCacheEntryOptions { SlidingExpiration = HeatMapKeptFor });
        return map;
    }

    private async Task<HeatMapDto> BuildHeatMapAsync(GetHeatMapQuery request, int threshold, List<SchoolAudit> audits, FrameworkContent content,
        CancellationToken cancellationToken)
    {
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

    private IQueryable<SchoolAudit> SentAudits(int academicYear) =>
        db.Audits.AsNoTracking().Where(a => a.AcademicYear == academicYear && a.Status == AuditStatus.Submitted);

    private IQueryable<FrameworkVersion> PublishedVersion() =>
        db.FrameworkVersions.AsNoTracking().Where(v => v.Status == FrameworkVersionStatus.Published).OrderByDescending(v => v.Number);

    private string HeatMapKey(GetHeatMapQuery request, int threshold, Guid? versionId, int sentCount, DateTimeOffset? latestSent) =>
        $"heat-map:{tenant.TenantId}:{request.AcademicYear}:{request.Phase}:{threshold}:{versionId}:{sentCount}:{latestSent?.UtcTicks}";

    private void EnsureStaff()
    {
        if (!user.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team sees every school's audit.");
        }
    }
}
