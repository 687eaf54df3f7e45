namespace EqualityMark.Evidence.Contracts;

/// <summary>An evidence file with its bytes, for download.</summary>
public sealed record EvidenceFileContentDto(EvidenceFileDto File, byte[] Content);
