using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>The authority's logo (PNG or JPEG), or null when it has none.</summary>
public sealed record GetProgrammeLogoQuery : IQuery<ProgrammeLogoDto?>;

public sealed record ProgrammeLogoDto(byte[] Content, string ContentType);
