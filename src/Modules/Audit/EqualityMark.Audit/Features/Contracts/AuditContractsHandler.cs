using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Contracts;

/// <summary>What other modules may ask of Audit: grids, red and amber cells, the submitted date, the reference group rule.</summary>
internal sealed class AuditContractsHandler(AuditDbContext db, AuditAccess access, GridCalculator grids) :
    IRequestHandler<GetCurrentGridQuery, SummaryGridDto?>,
    IRequestHandler<GetRedAmberCellsQuery, IReadOnlyList<GridCellDto>>,
    IRequestHandler<GetAuditSubmittedDateQuery, DateTimeOffset?>,
    IRequestHandler<ListSchoolsWithSentAuditQuery, IReadOnlyList<Guid>>,
    IRequestHandler<GetGridForYearQuery, SummaryGridDto?>,
    IRequestHandler<GetReferenceGroupCheckQuery, ReferenceGroupCheckDto>
{
    public async Task<SummaryGridDto?> Handle(GetCurrentGridQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var audit = await db.Audits.AsNoTracking().Where(a => a.SchoolId == request.SchoolId)
            .OrderByDescending(a => a.AcademicYear).FirstOrDefaultAsync(cancellationToken);
        return audit is null ? null : await grids.GridAsync(audit, cancellationToken);
    }

    public async Task<IReadOnlyList<GridCellDto>> Handle(GetRedAmberCellsQuery request, CancellationToken cancellationToken)
    {
        var grid = await Handle(new GetCurrentGridQuery(request.SchoolId), cancellationToken);
        return grid?.Cells.Where(c => c.Rating is Rating.Red or Rating.Amber).ToList() ?? [];
    }

    public async Task<DateTimeOffset?> Handle(GetAuditSubmittedDateQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        return await db.Audits.AsNoTracking()
            .Where(a => a.SchoolId == request.SchoolId && a.AcademicYear == request.AcademicYear && a.Status == AuditStatus.Submitted)
            .Select(a => a.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> Handle(ListSchoolsWithSentAuditQuery request, CancellationToken cancellationToken)
    {
        var schools = await db.Audits.AsNoTracking()
            .Where(a => a.AcademicYear == request.AcademicYear && a.Status == AuditStatus.Submitted)
            .Select(a => a.SchoolId).ToListAsync(cancellationToken);
        return schools.Where(access.User.CanSeeSchool).ToList();
    }

    public async Task<SummaryGridDto?> Handle(GetGridForYearQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var audit = await db.Audits.AsNoTracking()
            .SingleOrDefaultAsync(a => a.SchoolId == request.SchoolId && a.AcademicYear == request.AcademicYear, cancellationToken);
        return audit is null ? null : await grids.GridAsync(audit, cancellationToken);
    }

    public async Task<ReferenceGroupCheckDto> Handle(GetReferenceGroupCheckQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var categories = await db.ReferenceGroupMembers.AsNoTracking().Where(m => m.SchoolId == request.SchoolId)
            .Select(m => m.Category).ToListAsync(cancellationToken);
        return new ReferenceGroupCheckDto(categories.Count, categories.Contains(MemberCategory.SeniorLeadership));
    }
}
