using EqualityMark.Evidence.Contracts;
using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Storage;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Evidence.Features.Files;

/// <summary>Reads and removes files. A school user never reaches another school's file, whatever the owning module asks.</summary>
internal sealed class EvidenceFileQueriesHandler(EvidenceDbContext db, IEvidenceContentStore contents, ICurrentUser user) :
    IRequestHandler<GetEvidenceFileQuery, EvidenceFileContentDto>,
    IRequestHandler<GetEvidenceFileInfoQuery, EvidenceFileDto>,
    IRequestHandler<ListEvidenceFilesQuery, IReadOnlyList<EvidenceFileDto>>,
    IRequestHandler<DeleteEvidenceFileCommand, Unit>
{
    public async Task<EvidenceFileContentDto> Handle(GetEvidenceFileQuery request, CancellationToken cancellationToken)
    {
        var file = await Handle(new GetEvidenceFileInfoQuery(request.FileId), cancellationToken);
        var content = await contents.GetAsync(file.Id, cancellationToken) ?? throw new NotFoundException("No file with that id was found.");
        return new EvidenceFileContentDto(file, content);
    }

    public async Task<EvidenceFileDto> Handle(GetEvidenceFileInfoQuery request, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.FileId, cancellationToken);
        return file is not null && user.CanSeeSchool(file.SchoolId)
            ? EvidenceFileMapping.ToDto(file)
            : throw new NotFoundException("No file with that id was found.");
    }

    public async Task<IReadOnlyList<EvidenceFileDto>> Handle(ListEvidenceFilesQuery request, CancellationToken cancellationToken)
    {
        var owners = request.OwnerIds.Distinct().ToList();
        var files = await db.Files.AsNoTracking()
            .Where(f => f.OwnerType == request.OwnerType && owners.Contains(f.OwnerId))
            .OrderByDescending(f => f.UploadedAt)
            .ToListAsync(cancellationToken);
        return files.Where(f => user.CanSeeSchool(f.SchoolId)).Select(EvidenceFileMapping.ToDto).ToList();
    }

    public async Task<Unit> Handle(DeleteEvidenceFileCommand request, CancellationToken cancellationToken)
    {
        var file = await db.Files.SingleOrDefaultAsync(f => f.Id == request.FileId, cancellationToken);
        if (file is null || !user.CanSeeSchool(file.SchoolId))
        {
            throw new NotFoundException("No file with that id was found.");
        }

        await contents.DeleteAsync(file.Id, cancellationToken);
        db.Files.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
