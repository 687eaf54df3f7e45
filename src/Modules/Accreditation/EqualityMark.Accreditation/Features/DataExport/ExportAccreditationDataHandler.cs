using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Accreditation.Features.DataExport;

/// <summary>
/// Accreditation summaries with every sent version and review comment, and the awards; for the authority also its
/// award rules. Signing keys are never exported; certificates are generated from the awards, so not included.
/// </summary>
internal sealed class ExportAccreditationDataHandler(AccreditationDbContext db, ICurrentUser user)
    : IRequestHandler<ExportAccreditationDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportAccreditationDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "accreditation");
        var school = request.SchoolId;
        var summaries = db.Summaries.Where(s => school == null || s.SchoolId == school);
        await export.AddTableAsync("summaries", summaries.OrderBy(s => s.StartedAt), cancellationToken);
        await export.AddTableAsync("summary-versions", db.SummaryVersions.Where(v => summaries.Any(s => s.Id == v.SummaryId)).OrderBy(v => v.SentAt), cancellationToken);
        await export.AddTableAsync("summary-comments", db.SummaryEntries.Where(e => summaries.Any(s => s.Id == e.SummaryId)).OrderBy(e => e.At), cancellationToken);
        await export.AddTableAsync("awards", db.Awards.Where(a => school == null || a.SchoolId == school).OrderBy(a => a.AwardedOn), cancellationToken);
        if (school is null)
        {
            await export.AddTableAsync("award-rules", db.Rules, cancellationToken);
        }

        return export.Build();
    }
}
