using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

/// <summary>
/// Who may manage whom, written once: administrators manage everyone of the authority; a school's co-ordinator manages
/// the people of their own school. A school keeps at least one active co-ordinator and the authority one active
/// administrator. Changes to people are serialised per authority so two at once cannot both remove the last one.
/// </summary>
internal sealed class PeopleRules(OrganisationsDbContext db, ICurrentUser currentUser)
{
    public static bool IsDeactivated(User user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    public async Task LockAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('people:' || {0}))", [db.CurrentTenantId.ToString()], cancellationToken);

    /// <summary>The person, if the current user may manage them; otherwise 404 (nobody learns who exists elsewhere).</summary>
    public async Task<User> ManageableAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var allowed = user is not null && (currentUser.IsAuthorityAdmin
            || (currentUser.Role == Roles.SchoolCoordinator && user.SchoolId is { } school && school == currentUser.SchoolId));
        return allowed ? user! : throw new NotFoundException("No person with that id was found.");
    }

    /// <summary>Refuses to leave a school without an active co-ordinator or the authority without an active administrator.</summary>
    public async Task EnsureNotLastAsync(User user, CancellationToken cancellationToken)
    {
        if (user.Role == Roles.SchoolCoordinator && !await db.Users.AnyAsync(
                u => u.Id != user.Id && u.SchoolId == user.SchoolId && u.Role == Roles.SchoolCoordinator && u.LockoutEnd != DateTimeOffset.MaxValue, cancellationToken))
        {
            throw new ConflictException($"{user.FullName} is the school's only co-ordinator. Hand the role over first.");
        }

        if (user.Role == Roles.AuthorityAdmin && !await db.Users.AnyAsync(
                u => u.Id != user.Id && u.Role == Roles.AuthorityAdmin && u.LockoutEnd != DateTimeOffset.MaxValue && u.ActivatedAt != null, cancellationToken))
        {
            throw new ConflictException($"{user.FullName} is the authority's only administrator. Make someone else an administrator first.");
        }
    }
}
