namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A price band and the school phases that fall in it (names of Organisations' SchoolPhase).</summary>
public sealed record PhaseBandDto(Guid Id, string Name, int DisplayOrder, IReadOnlyList<string> Phases);
