using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>Authority staff and the school's co-ordinator make and download a school's packs; members do not.</summary>
internal static class PackAccess
{
    public static void EnsureMayUse(ICurrentUser user, Guid schoolId)
    {
        if (user.IsAuthorityStaff)
        {
            return;
        }

        if (user.SchoolId != schoolId)
        {
            throw new NotFoundException("There is no such evidence pack.");
        }

        if (user.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only your school's equality co-ordinator can make and download the evidence pack.");
        }
    }
}
