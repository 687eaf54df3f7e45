using EqualityMark.Evidence.Contracts;
using EqualityMark.Evidence.Domain;

namespace EqualityMark.Evidence.Features.Files;

internal static class EvidenceFileMapping
{
    public static EvidenceFileDto ToDto(EvidenceFile f) =>
        new(f.Id, f.SchoolId, f.OwnerType, f.OwnerId, f.FileName, f.ContentType, f.Size, f.UploadedBy, f.UploadedAt);
}
