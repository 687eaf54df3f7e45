using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>
/// The school (or every school), its people and history (and the staff's notes, for the authority's downloads); for the authority also its staff and programme identity. Password
/// hashes, security stamps and invitation tokens are never exported (see DataExportColumns; tokens live in a table
/// that is not exported at all).
/// </summary>
internal sealed class ExportOrganisationsDataHandler(OrganisationsDbContext db, ICurrentUser user)
    : IRequestHandler<ExportOrganisationsDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportOrganisationsDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "organisations");
        var school = request.SchoolId;
        await export.AddTableAsync("schools", db.Schools.Where(s => school == null || s.Id == school).OrderBy(s => s.Name), cancellationToken);
        await export.AddTableAsync("people", db.Users.Where(u => school == null || u.SchoolId == school).OrderBy(u => u.FullName), cancellationToken);
        await export.AddTableAsync("school-history", db.SchoolHistory.Where(h => school == null || h.SchoolId == school).OrderBy(h => h.At), cancellationToken);
        if (user.IsAuthorityStaff)
        {
            // Staff notes are the authority's own record: in its downloads, never in a co-ordinator's.
            await export.AddTableAsync("staff-notes", db.SchoolNotes.Where(n => school == null || n.SchoolId == school).OrderBy(n => n.WrittenAt), cancellationToken);
        }

        if (school is null)
        {
            await export.AddTableAsync("programme-identity", db.ProgrammeIdentities, cancellationToken);
        }

        return export.Build();
    }
}
