namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Phase bands in display order and the school phases (SchoolPhase names) that none of them covers.</summary>
public sealed record PhaseBandsDto(IReadOnlyList<PhaseBandDetailsDto> Bands, IReadOnlyList<string> UncoveredPhases);
