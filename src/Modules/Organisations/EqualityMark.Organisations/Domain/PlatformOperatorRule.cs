using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;

namespace EqualityMark.Organisations.Domain;

/// <summary>Only a platform operator (or the system itself, e.g. seeding) manages local authorities.</summary>
internal static class PlatformOperatorRule
{
    public static void Check(ICurrentUser user)
    {
        if (!user.IsSystem && user.Role != Roles.PlatformOperator)
        {
            throw new ForbiddenException("Only a platform operator can manage local authorities.");
        }
    }
}
