using System.Security.Cryptography;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Domain;
using EqualityMark.Evidence.Storage;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Evidence.Features.Files;

/// <summary>Checks the file from its content, cleans its name and stores it with its description in one unit of work.</summary>
internal sealed class StoreEvidenceFileHandler(EvidenceDbContext db, IEvidenceContentStore contents, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<StoreEvidenceFileCommand, EvidenceFileDto>
{
    public async Task<EvidenceFileDto> Handle(StoreEvidenceFileCommand request, CancellationToken cancellationToken)
    {
        if (!user.CanSeeSchool(request.SchoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }

        var content = request.Content ?? [];
        if (content.Length == 0)
        {
            throw RequestValidationException.For(EvidenceFileRules.Field, EvidenceFileRules.Empty);
        }

        if (content.Length > EvidenceFileRules.MaximumBytes)
        {
            throw RequestValidationException.For(EvidenceFileRules.Field, EvidenceFileRules.TooLarge);
        }

        var name = FileNameSanitiser.Clean(request.FileName ?? string.Empty);
        var extension = FileNameSanitiser.Extension(name);
        var (type, error) = FileTypeDetector.Detect(content, extension);
        if (type is null)
        {
            throw RequestValidationException.For(EvidenceFileRules.Field, error!);
        }

        if (!type.Extensions.Contains(extension))
        {
            throw RequestValidationException.For(EvidenceFileRules.Field, EvidenceFileRules.NameDisagrees(type));
        }

        var file = new EvidenceFile
        {
            SchoolId = request.SchoolId,
            OwnerType = request.OwnerType,
            OwnerId = request.OwnerId,
            FileName = name,
            ContentType = type.ContentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedBy = user.FullName ?? "Unknown",
            UploadedByUserId = user.UserId,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Files.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        await contents.PutAsync(file.Id, content, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return EvidenceFileMapping.ToDto(file);
    }
}
