namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// A phase band as its administrators edit it: its school phases (SchoolPhase names), the version to send back when
/// saving (PostgreSQL xmin) and whether a subscription was priced by it (then it cannot be removed).
/// </summary>
public sealed record PhaseBandDetailsDto(Guid Id, string Name, IReadOnlyList<string> Phases, uint Version, bool InUse);
