using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>The current authority's programme as the public pages present it, and whether it is open to schools.</summary>
public sealed record GetProgrammeStatusQuery : IQuery<ProgrammeStatusDto>;

public sealed record ProgrammeStatusDto(bool IsLive, string ProgrammeName, string ContactEmail, string? Description, string? ContactPhone, string? BrandColour, bool HasLogo);
