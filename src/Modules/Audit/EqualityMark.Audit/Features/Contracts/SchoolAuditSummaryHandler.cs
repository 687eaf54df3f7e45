using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Contracts;

/// <summary>
/// A school's audits (one query) and its latest audit's grid (the calculator's fixed queries) for the school's one view.
/// Staff see any school of their authority, school users only their own: anything else is not found.
/// </summary>
internal sealed class SchoolAuditSummaryHandler(AuditDbContext db, AuditAccess access, GridCalculator grids) :
    IRequestHandler<GetSchoolAuditSummaryQuery, SchoolAuditSummaryDto>
{
    private static readonly Rating[] Ratings = [Rating.Red, Rating.Amber, Rating.Green, Rating.NotAssessed];

    public async Task<SchoolAuditSummaryDto> Handle(GetSchoolAuditSummaryQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var audits = await db.Audits.AsNoTracking().Where(a => a.SchoolId == request.SchoolId)
            .OrderByDescending(a => a.AcademicYear).ToListAsync(cancellationToken);
        var latest = audits.Count == 0 ? null : await grids.GridAsync(audits[0], cancellationToken);
        var counts = latest is null
            ? []
            : Ratings.Select(r => new RatingCountDto(r, RatingLabels.Name(r), latest.Cells.Count(c => c.Rating == r))).ToList();
        var years = audits.ConvertAll(a => new SchoolAuditYearDto(
            a.Id, AcademicYear.Label(a.AcademicYear), a.Status, AuditStatusNames.Display(a.Status),
            UkTime.DateOf(a.StartedAt),
            a.SubmittedAt is { } sent ? UkTime.DateOf(sent) : null,
            $"/audit/{a.Id}/grid"));
        var timeline = audits.Select(a => TimelineEntry.At(a.StartedAt, $"{AcademicYear.Label(a.AcademicYear)} audit started"))
            .Concat(audits.Where(a => a.SubmittedAt is not null)
                .Select(a => TimelineEntry.At(a.SubmittedAt!.Value, $"{AcademicYear.Label(a.AcademicYear)} audit sent to the equality team")))
            .ToList();
        return new SchoolAuditSummaryDto(years, counts, timeline);
    }
}
