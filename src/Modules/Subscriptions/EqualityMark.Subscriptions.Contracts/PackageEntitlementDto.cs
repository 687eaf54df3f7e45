namespace EqualityMark.Subscriptions.Contracts;

/// <summary>One line of what a package includes. Lines sharing a ChoiceGroup share one allowance: the school picks.</summary>
public sealed record PackageEntitlementDto(EntitlementKind Kind, int Quantity, string? ChoiceGroup);
