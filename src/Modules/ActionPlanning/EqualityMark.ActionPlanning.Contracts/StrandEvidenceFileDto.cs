namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>An evidence file of the plan (download it at DownloadPath), with what it is evidence for.</summary>
public sealed record StrandEvidenceFileDto(Guid Id, string FileName, string ContentType, long Size, string AttachedTo, string DownloadPath, DateTimeOffset UploadedAt);
