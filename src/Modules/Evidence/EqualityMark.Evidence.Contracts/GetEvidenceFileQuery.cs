using EqualityMark.Shared.Messaging;

namespace EqualityMark.Evidence.Contracts;

/// <summary>A file with its content, if the current user may see the school it belongs to; otherwise not found.</summary>
public sealed record GetEvidenceFileQuery(Guid FileId) : IQuery<EvidenceFileContentDto>;
