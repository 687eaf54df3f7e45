using EqualityMark.Shared.Security;

namespace EqualityMark.Events.Features.Visits;

/// <summary>An advisor changes their own availability; an administrator anyone's.</summary>
public static class AvailabilityRules
{
    public static bool MayChange(ICurrentUser user, Guid advisorId) => advisorId == user.UserId || user.IsAuthorityAdmin;
}
