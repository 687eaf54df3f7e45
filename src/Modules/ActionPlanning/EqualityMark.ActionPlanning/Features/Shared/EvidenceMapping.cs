using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Evidence.Contracts;

namespace EqualityMark.ActionPlanning.Features.Shared;

internal static class EvidenceMapping
{
    public static EvidenceDto ToDto(EvidenceFileDto f) => new(f.Id, f.FileName, f.ContentType, f.Size, f.UploadedBy, f.UploadedAt);
}
