using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features.Catalogue;

/// <summary>Rules shared by the catalogue's commands.</summary>
internal static class PackageRules
{
    public static void RequireAdmin(ICurrentUser currentUser)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can change the catalogue.");
        }
    }

    public static bool ChoiceGroupsShareOneQuantity(IReadOnlyList<PackageEntitlementDto> entitlements) =>
        entitlements.Where(e => e.ChoiceGroup is not null).GroupBy(e => e.ChoiceGroup).All(g => g.Count() > 1 && g.Select(e => e.Quantity).Distinct().Count() == 1);
}
