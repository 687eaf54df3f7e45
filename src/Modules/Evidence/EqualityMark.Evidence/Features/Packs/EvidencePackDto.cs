namespace EqualityMark.Evidence.Features.Packs;

/// <summary>
/// Where a pack has got to. Status is Queued, Building, Ready, Failed or Expired (StatusText says it in words); the
/// document paths are set only while the pack is ready and its links have not expired.
/// </summary>
public sealed record EvidencePackDto(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    string Status,
    string StatusText,
    int Progress,
    string Stage,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ReadyAt,
    DateTimeOffset? ExpiresAt,
    string? Failure,
    string? WordPath,
    string? PdfPath);
