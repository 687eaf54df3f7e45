using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Audit.Features.DataExport;

/// <summary>The reference group, audits with their judgements, delegations and grid changes; for the authority also its framework and settings.</summary>
internal sealed class ExportAuditDataHandler(AuditDbContext db, ICurrentUser user) : IRequestHandler<ExportAuditDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportAuditDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "audit");
        var school = request.SchoolId;
        var audits = db.Audits.Where(a => school == null || a.SchoolId == school);
        await export.AddTableAsync("reference-groups", db.ReferenceGroups.Where(g => school == null || g.SchoolId == school), cancellationToken);
        await export.AddTableAsync("reference-group-members", db.ReferenceGroupMembers.Where(m => school == null || m.SchoolId == school), cancellationToken);
        await export.AddTableAsync("reference-group-meetings", db.ReferenceGroupMeetings.Where(m => school == null || m.SchoolId == school), cancellationToken);
        await export.AddTableAsync("audits", audits.OrderBy(a => a.StartedAt), cancellationToken);
        await export.AddTableAsync("judgements", db.Judgements.Where(j => audits.Any(a => a.Id == j.AuditId)), cancellationToken);
        await export.AddTableAsync("delegations", db.Delegations.Where(d => audits.Any(a => a.Id == d.AuditId)), cancellationToken);
        await export.AddTableAsync("grid-overrides", db.GridOverrides.Where(o => audits.Any(a => a.Id == o.AuditId)), cancellationToken);
        await export.AddTableAsync("grid-cell-changes", db.GridCellChanges.Where(c => audits.Any(a => a.Id == c.AuditId)), cancellationToken);
        if (school is null)
        {
            await export.AddTableAsync("framework-versions", db.FrameworkVersions.OrderBy(v => v.Number), cancellationToken);
            await export.AddTableAsync("settings", db.Settings, cancellationToken);
        }

        return export.Build();
    }
}
