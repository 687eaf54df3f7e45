using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>Starts making the school's evidence pack in the background; 409 while one is already being made.</summary>
/// <remarks>Not a unit-of-work command: the pack must be committed before its background job can start.</remarks>
public sealed record RequestEvidencePackCommand(Guid SchoolId) : IRequest<EvidencePackDto>;

public sealed record GetEvidencePackQuery(Guid PackId) : IQuery<EvidencePackDto>;

/// <summary>The school's latest packs, newest first.</summary>
public sealed record ListEvidencePacksQuery(Guid SchoolId) : IQuery<IReadOnlyList<EvidencePackDto>>;

/// <summary>One document of a ready pack: 409 while it is being made, 410 once its links have expired.</summary>
public sealed record GetEvidencePackDocumentQuery(Guid PackId, string Format) : IQuery<EvidencePackFileDto>;

/// <summary>The background job's work: gathers the pack from every module and writes both documents.</summary>
public sealed record BuildEvidencePackCommand(Guid PackId) : IRequest<Unit>;

public sealed record EvidencePackFileDto(string FileName, string ContentType, byte[] Content);
