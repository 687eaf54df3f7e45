namespace EqualityMark.Accreditation.Contracts;

/// <summary>A school's accreditation at a glance: every badge of the mark and the Mark itself.</summary>
public sealed record SchoolAccreditationDto(Guid SchoolId, IReadOnlyList<StrandAccreditationDto> Strands, AwardDto? Mark);
