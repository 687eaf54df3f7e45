namespace EqualityMark.Subscriptions.Contracts;

/// <summary>What a school's current subscription includes and what is left.</summary>
public sealed record SchoolEntitlementsDto(Guid SchoolId, Guid SubscriptionId, string PackageName, DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<EntitlementBalanceDto> Balances);
