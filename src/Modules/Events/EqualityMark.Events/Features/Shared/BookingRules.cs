using EqualityMark.Shared.Security;

namespace EqualityMark.Events.Features.Shared;

/// <summary>
/// Who sees and changes a meeting place: the authority's team and the school's co-ordinator every place of the school; a
/// reference group member is shown only the places booked for them and is refused (403) changing anyone else's (DOMAIN.md, ADR 0029).
/// </summary>
internal static class BookingRules
{
    public static bool IsFor(ICurrentUser user, string attendeeEmail) =>
        user.Email is { } email && string.Equals(email, attendeeEmail, StringComparison.OrdinalIgnoreCase);

    public static bool MaySee(ICurrentUser user, Guid schoolId, string attendeeEmail) =>
        user.CanSeeSchool(schoolId) && (user.Role != Roles.SchoolMember || IsFor(user, attendeeEmail));

    public static bool MayChange(ICurrentUser user, string attendeeEmail) =>
        user.IsAuthorityStaff || user.Role == Roles.SchoolCoordinator || IsFor(user, attendeeEmail);
}
