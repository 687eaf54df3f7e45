using EqualityMark.Shared.Errors;

namespace EqualityMark.Shared.Security;

/// <summary>
/// The checks every module makes of the current user. Another school's data is "not found" (its existence is not
/// confirmed); a thing the user may see but not do is "forbidden".
/// </summary>
public static class CurrentUserChecks
{
    public static void EnsureCanSeeSchool(this ICurrentUser user, Guid schoolId)
    {
        if (!user.CanSeeSchool(schoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }
    }

    public static bool IsCoordinatorOf(this ICurrentUser user, Guid schoolId) =>
        user.IsSystem || (user.Role == Roles.SchoolCoordinator && user.SchoolId == schoolId);

    public static void EnsureCoordinatorOf(this ICurrentUser user, Guid schoolId)
    {
        user.EnsureCanSeeSchool(schoolId);
        if (!user.IsCoordinatorOf(schoolId))
        {
            throw new ForbiddenException("Only the school's equality co-ordinator can do this.");
        }
    }

    public static void EnsureStaff(this ICurrentUser user)
    {
        if (!user.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team can do this.");
        }
    }

    public static void EnsureAdmin(this ICurrentUser user)
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can do this.");
        }
    }
}
