using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;

namespace EqualityMark.Subscriptions.Features;

/// <summary>
/// A school's package, prices and invoices are for its co-ordinator and the authority's team: reference group members
/// (who may be parents, governors or pupils) do not see them (DOMAIN.md, ADR 0029).
/// </summary>
internal static class SchoolMoney
{
    public static bool MaySee(ICurrentUser user) => user.Role != Roles.SchoolMember;

    public static void EnsureMaySee(ICurrentUser user)
    {
        if (!MaySee(user))
        {
            throw new ForbiddenException("Only your school's equality co-ordinator can see the school's package, prices and invoices.");
        }
    }
}
