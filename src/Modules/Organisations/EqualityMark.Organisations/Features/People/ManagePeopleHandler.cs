using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

/// <summary>
/// Looking after people once they are invited: resend, deactivate (their sessions end at their next request, because
/// the security stamp changes), reactivate, change role, and hand a school's co-ordination over.
/// </summary>
internal sealed class ManagePeopleHandler(OrganisationsDbContext db, UserManager<User> users, PeopleRules rules, Invitations invitations, ICurrentUser currentUser, ISignInSessions sessions, TimeProvider clock) :
    IRequestHandler<GetPersonQuery, PersonDto>,
    IRequestHandler<ResendInvitationCommand, PersonDto>,
    IRequestHandler<DeactivatePersonCommand, PersonDto>,
    IRequestHandler<ReactivatePersonCommand, PersonDto>,
    IRequestHandler<ChangeRoleCommand, PersonDto>,
    IRequestHandler<HandOverCoordinationCommand, HandOverDto>
{
    public async Task<PersonDto> Handle(GetPersonQuery request, CancellationToken cancellationToken) =>
        await ToDtoAsync(await rules.ManageableAsync(request.UserId, cancellationToken), cancellationToken);

    public async Task<PersonDto> Handle(ResendInvitationCommand request, CancellationToken cancellationToken)
    {
        var user = await rules.ManageableAsync(request.UserId, cancellationToken);
        await invitations.ResendAsync(user, cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<PersonDto> Handle(DeactivatePersonCommand request, CancellationToken cancellationToken)
    {
        await rules.LockAsync(cancellationToken);
        var user = await rules.ManageableAsync(request.UserId, cancellationToken);
        if (user.Id == currentUser.UserId)
        {
            throw new ConflictException("You cannot deactivate yourself.");
        }

        if (PeopleRules.IsDeactivated(user))
        {
            throw new ConflictException($"{user.FullName} is already deactivated.");
        }

        await rules.EnsureNotLastAsync(user, cancellationToken);
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<PersonDto> Handle(ReactivatePersonCommand request, CancellationToken cancellationToken)
    {
        await rules.LockAsync(cancellationToken);
        var user = await rules.ManageableAsync(request.UserId, cancellationToken);
        if (!PeopleRules.IsDeactivated(user))
        {
            throw new ConflictException($"{user.FullName} is not deactivated.");
        }

        user.LockoutEnd = null;
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateAsync(user);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<PersonDto> Handle(ChangeRoleCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only administrators change roles.");
        }

        await rules.LockAsync(cancellationToken);
        var user = await rules.ManageableAsync(request.UserId, cancellationToken);
        if (Roles.IsSchoolRole(user.Role) != Roles.IsSchoolRole(request.Role) || !Roles.TenantRoles.Contains(request.Role))
        {
            throw RequestValidationException.For(nameof(request.Role), user.SchoolId is null
                ? "Choose authority administrator or equality advisor"
                : "Choose school equality co-ordinator or reference group member");
        }

        if (user.Role != request.Role)
        {
            await rules.EnsureNotLastAsync(user, cancellationToken);
            user.Role = request.Role;
            await users.UpdateSecurityStampAsync(user);
        }

        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<HandOverDto> Handle(HandOverCoordinationCommand request, CancellationToken cancellationToken)
    {
        await rules.LockAsync(cancellationToken);
        var outgoing = request.FromUserId is { } from && currentUser.IsAuthorityAdmin
            ? await rules.ManageableAsync(from, cancellationToken)
            : await db.Users.SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
        if (outgoing.Role != Roles.SchoolCoordinator || outgoing.SchoolId is not { } schoolId)
        {
            throw currentUser.IsAuthorityAdmin
                ? RequestValidationException.For(nameof(request.FromUserId), "Choose the co-ordinator who is handing over")
                : new ForbiddenException("Only a school's co-ordinator hands the role over.");
        }

        User incoming;
        var invited = false;
        if (request.ToUserId is { } to)
        {
            incoming = await db.Users.SingleOrDefaultAsync(u => u.Id == to && u.SchoolId == schoolId && u.Id != outgoing.Id, cancellationToken)
                ?? throw RequestValidationException.For(nameof(request.ToUserId), "Choose someone from your school's reference group");
            if (PeopleRules.IsDeactivated(incoming))
            {
                throw RequestValidationException.For(nameof(request.ToUserId), $"{incoming.FullName} is deactivated: reactivate them first or choose someone else");
            }

            incoming.Role = Roles.SchoolCoordinator;
            await users.UpdateSecurityStampAsync(incoming);
        }
        else
        {
            incoming = await invitations.CreateAsync(request.NewPersonName?.Trim() ?? string.Empty, request.NewPersonEmail?.Trim() ?? string.Empty,
                Roles.SchoolCoordinator, schoolId, cancellationToken);
            await invitations.SendAsync(incoming, cancellationToken);
            invited = true;
        }

        outgoing.Role = Roles.SchoolMember;
        if (!request.OutgoingStays)
        {
            outgoing.LockoutEnabled = true;
            outgoing.LockoutEnd = DateTimeOffset.MaxValue;
            await sessions.EndAllAsync(outgoing.Id, cancellationToken);
        }

        await users.UpdateSecurityStampAsync(outgoing);
        db.SchoolHistory.Add(new SchoolHistoryEntry { SchoolId = schoolId, At = clock.GetUtcNow(), Text = HandOverText(outgoing.FullName, incoming.FullName, invited, request.OutgoingStays) });
        await db.SaveChangesAsync(cancellationToken);
        return new HandOverDto(schoolId, incoming.FullName, outgoing.FullName, request.OutgoingStays, invited);
    }

    private static string HandOverText(string outgoing, string incoming, bool invited, bool outgoingStays) =>
        $"{outgoing} handed the co-ordinator role to {incoming}{(invited ? " (invited)" : string.Empty)}; "
        + (outgoingStays ? $"{outgoing} stays in the reference group" : $"{outgoing} left");

    private async Task<PersonDto> ToDtoAsync(User user, CancellationToken cancellationToken)
    {
        var school = user.SchoolId is { } id ? await db.Schools.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var status = PeopleRules.IsDeactivated(user) ? "Deactivated" : user.ActivatedAt is null ? "Invited" : "Active";
        return new PersonDto(user.Id, user.FullName, user.Email!, user.Role, user.SchoolId, school, status, user.InvitedAt);
    }
}
