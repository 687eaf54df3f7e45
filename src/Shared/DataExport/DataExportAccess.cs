using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;

namespace EqualityMark.Shared.DataExport;

/// <summary>
/// Who may take data away: the authority's administrators (one school or the whole authority) and a school's
/// own co-ordinator (their school only). Another school is "not found"; a school's member or an advisor is forbidden.
/// </summary>
public static class DataExportAccess
{
    public static void EnsureCanExport(this ICurrentUser user, Guid? schoolId)
    {
        if (schoolId is not { } school)
        {
            user.EnsureAdmin();
            return;
        }

        user.EnsureCanSeeSchool(school);
        if (!user.IsAuthorityAdmin && !user.IsCoordinatorOf(school))
        {
            throw new ForbiddenException("Only the authority's administrators and the school's co-ordinator can download its data.");
        }
    }
}
