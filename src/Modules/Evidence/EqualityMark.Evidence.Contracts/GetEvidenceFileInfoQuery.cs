using EqualityMark.Shared.Messaging;

namespace EqualityMark.Evidence.Contracts;

/// <summary>A file's description without its bytes, if the current user may see the school it belongs to; otherwise not found.</summary>
public sealed record GetEvidenceFileInfoQuery(Guid FileId) : IQuery<EvidenceFileDto>;
