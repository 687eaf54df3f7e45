using EqualityMark.Evidence.Contracts;
using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Storage;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Evidence.Features.DataExport;

/// <summary>
/// The files' descriptions as a table and the files themselves under evidence/{school id}/{file id}-{name}. Each
/// file's bytes are read only when the zip writer reaches it, so an authority's files are never all in memory.
/// </summary>
internal sealed class ExportEvidenceDataHandler(EvidenceDbContext db, IEvidenceContentStore contents, ICurrentUser user)
    : IRequestHandler<ExportEvidenceDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportEvidenceDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "evidence");
        var school = request.SchoolId;
        var files = db.Files.Where(f => school == null || f.SchoolId == school).OrderBy(f => f.UploadedAt);
        await export.AddTableAsync("files", files, cancellationToken);
        foreach (var file in await files.AsNoTracking().ToListAsync(cancellationToken))
        {
            var id = file.Id;
            export.AddFile(new DataExportFile(
                $"evidence/{file.SchoolId}/{id}-{file.FileName}",
                file.ContentType,
                file.Size,
                async ct => new MemoryStream(await contents.GetAsync(id, ct) ?? [], writable: false)));
        }

        return export.Build();
    }
}
