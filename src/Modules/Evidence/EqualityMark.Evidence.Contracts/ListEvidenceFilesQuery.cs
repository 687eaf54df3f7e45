using EqualityMark.Shared.Messaging;

namespace EqualityMark.Evidence.Contracts;

/// <summary>The files of the given owners (of one owner type), newest first, without content.</summary>
public sealed record ListEvidenceFilesQuery(string OwnerType, IReadOnlyList<Guid> OwnerIds) : IQuery<IReadOnlyList<EvidenceFileDto>>;
