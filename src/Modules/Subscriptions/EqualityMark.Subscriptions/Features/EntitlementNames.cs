using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>The words a school reads for each entitlement.</summary>
public static class EntitlementNames
{
    public static string Display(EntitlementKind kind) => kind switch
    {
        EntitlementKind.DocumentationAccess => "Full documentation for all strands",
        EntitlementKind.NetworkMeetingPlaces => "Co-ordinator termly network meeting",
        EntitlementKind.AnnualVisit => "Annual advisory or accreditation visit (focus set by the school)",
        EntitlementKind.InsetSession => "School-based INSET session (up to 2 hours)",
        EntitlementKind.SecondAdvisoryVisit => "Second advisory visit (up to half a day)",
        _ => kind.ToString(),
    };

    public static string Describe(PackageEntitlementDto entitlement) => entitlement.Kind switch
    {
        EntitlementKind.DocumentationAccess => Display(entitlement.Kind),
        EntitlementKind.NetworkMeetingPlaces => $"{Display(entitlement.Kind)}: up to {entitlement.Quantity} places per meeting",
        _ => entitlement.Quantity == 1 ? Display(entitlement.Kind) : $"{Display(entitlement.Kind)} × {entitlement.Quantity}",
    };

    /// <summary>A package's lines for people: a choose-one group reads "A or B".</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<PackageEntitlementDto> entitlements) =>
        entitlements
            .GroupBy(e => e.ChoiceGroup ?? e.Kind.ToString())
            .Select(g => g.First().ChoiceGroup is null
                ? string.Join("; ", g.Select(Describe))
                : string.Join(" or ", g.Select(Describe)) + " (the school chooses one)")
            .ToList();

    public static string Describe(EntitlementBalanceDto balance)
    {
        var names = string.Join(" or ", balance.Kinds.Select(Display));
        return balance.IsCountedPerYear
            ? $"{names}: {balance.Used} of {balance.Quantity} used, {balance.Left} left"
            : balance.Kinds.Contains(EntitlementKind.NetworkMeetingPlaces) ? $"{names}: up to {balance.Quantity} places per meeting" : $"{names}: included";
    }
}
