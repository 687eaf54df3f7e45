using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>Works out what is used and left: a choose-one group is one allowance shared by its kinds.</summary>
internal static class EntitlementBalances
{
    public static bool IsCountedPerYear(EntitlementKind kind) =>
        kind is EntitlementKind.AnnualVisit or EntitlementKind.InsetSession or EntitlementKind.SecondAdvisoryVisit;

    public static IReadOnlyList<EntitlementBalanceDto> For(IEnumerable<SubscriptionEntitlement> entitlements, IEnumerable<EntitlementUse> uses)
    {
        var usedByKind = uses.GroupBy(u => u.Kind).ToDictionary(g => g.Key, g => g.Count());
        return entitlements
            .GroupBy(e => e.ChoiceGroup ?? e.Kind.ToString())
            .Select(group =>
            {
                var kinds = group.Select(e => e.Kind).Distinct().ToList();
                var choiceGroup = group.First().ChoiceGroup;
                var quantity = choiceGroup is null ? group.Sum(e => e.Quantity) : group.Max(e => e.Quantity);
                var counted = kinds.All(IsCountedPerYear);
                var used = kinds.Sum(k => usedByKind.GetValueOrDefault(k));
                return new EntitlementBalanceDto(kinds, choiceGroup, quantity, counted, used, counted ? Math.Max(0, quantity - used) : null);
            })
            .ToList();
    }
}
