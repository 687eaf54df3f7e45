using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits;

internal sealed class AuditOverviewHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, TimeProvider clock)
    : IRequestHandler<GetAuditOverviewQuery, AuditOverviewDto>
{
    public async Task<AuditOverviewDto> Handle(GetAuditOverviewQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var year = AcademicYear.For(clock.GetUtcNow());
        var audits = await db.Audits.AsNoTracking().Where(a => a.SchoolId == request.SchoolId)
            .OrderByDescending(a => a.AcademicYear).ToListAsync(cancellationToken);
        var all = await summaries.ForAsync(audits, cancellationToken);
        var current = all.FirstOrDefault(a => a.AcademicYear == year);
        return new AuditOverviewDto(request.SchoolId, year, current, all.Where(a => a.AcademicYear != year).ToList(),
            current is null && access.IsCoordinatorOf(request.SchoolId));
    }
}
