namespace EqualityMark.Evidence.Contracts;

/// <summary>A stored evidence file's description (never its content).</summary>
public sealed record EvidenceFileDto(
    Guid Id, Guid SchoolId, string OwnerType, Guid OwnerId, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);
