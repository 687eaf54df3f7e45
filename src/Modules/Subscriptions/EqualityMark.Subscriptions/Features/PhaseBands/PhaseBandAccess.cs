using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

internal static class PhaseBandAccess
{
    public static void RequireAdmin(ICurrentUser currentUser)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can manage phase bands.");
        }
    }
}
