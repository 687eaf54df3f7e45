namespace EqualityMark.Audit.Features.Framework;

public sealed record FrameworkVersionSummaryDto(Guid Id, int Number, string Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, int ItemCount, int AuditCount);
