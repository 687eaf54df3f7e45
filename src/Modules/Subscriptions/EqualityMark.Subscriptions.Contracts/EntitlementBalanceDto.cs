namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// One allowance of a subscription: a single kind, or a choose-one group of kinds sharing the allowance.
/// Visits and INSET are counted per year (Used and Left apply). Documentation access and network meeting
/// places are not: Quantity is then what applies each time (e.g. 2 places per meeting) and Left is null.
/// </summary>
public sealed record EntitlementBalanceDto(IReadOnlyList<EntitlementKind> Kinds, string? ChoiceGroup, int Quantity, bool IsCountedPerYear, int Used, int? Left);
