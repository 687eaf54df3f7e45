namespace EqualityMark.ScaleData;

/// <summary>A generated school with its co-ordinator; <paramref name="Subscribed"/> this year, <paramref name="SubscribedLastYear"/> too.</summary>
public sealed record GeneratedSchool(
    Guid Id, string Name, string Urn, string Phase, string Type, string Address, string Town, string Postcode,
    Guid CoordinatorId, string CoordinatorName, string CoordinatorEmail, bool Subscribed, bool SubscribedLastYear);
