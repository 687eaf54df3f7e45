using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>
/// The school (or every school) and its people; for the authority also its staff and programme identity. Password
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
        if (school is null)
        {
            await export.AddTableAsync("programme-identity", db.ProgrammeIdentities, cancellationToken);
        }

        return export.Build();
    }
}
