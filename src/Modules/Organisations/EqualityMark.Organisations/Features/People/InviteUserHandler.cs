using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

internal sealed class InviteUserHandler(
    OrganisationsDbContext db,
    UserManager<User> users,
    ICurrentUser currentUser,
    ITenantContext tenant,
    IEmailOutbox outbox,
    ITenantLinks links,
    TimeProvider clock) : IRequestHandler<InviteUserCommand, InvitationDto>
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public async Task<InvitationDto> Handle(InviteUserCommand request, CancellationToken cancellationToken)
    {
        var schoolId = await ResolveSchoolAsync(request, cancellationToken);
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException($"{email} already has an account or an invitation here.");
        }

        var now = clock.GetUtcNow();
        var user = new User
        {
            UserName = email,
            Email = email,
            FullName = request.FullName.Trim(),
            Role = request.Role,
            SchoolId = schoolId,
            InvitedAt = now,
            InvitationExpiresAt = now + InvitationLifetime,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw RequestValidationException.For(nameof(request.Email), created.Errors.First().Description);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await outbox.QueueAsync(InvitationEmail(user, token), cancellationToken);
        return new InvitationDto(user.Id, email, user.Role, user.InvitationExpiresAt);
    }

    private async Task<Guid?> ResolveSchoolAsync(InviteUserCommand request, CancellationToken cancellationToken)
    {
        if (currentUser.IsAuthorityAdmin)
        {
            if (request.SchoolId is { } id && !await db.Schools.AnyAsync(s => s.Id == id, cancellationToken))
            {
                throw RequestValidationException.For(nameof(request.SchoolId), "Choose a school of this authority");
            }

            return request.SchoolId;
        }

        if (currentUser.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only administrators and school co-ordinators can invite people.");
        }

        if (request.Role != Roles.SchoolMember)
        {
            throw RequestValidationException.For(nameof(request.Role), "A co-ordinator can invite reference group members only");
        }

        if (request.SchoolId is { } requested && requested != currentUser.SchoolId)
        {
            throw new NotFoundException("No school with that id was found.");
        }

        return currentUser.SchoolId;
    }

    private EmailMessage InvitationEmail(User user, string token)
    {
        var link = links.For(tenant.Tenant!.Code,
            $"/account/accept-invitation?user={user.Id}&token={Uri.EscapeDataString(token)}");
        var body = $"""
            Dear {user.FullName},

            You have been invited to {tenant.Tenant.ProgrammeName} as {Roles.DisplayName(user.Role)}.

            Set your password and sign in here:
            {link}

            This link works until {user.InvitationExpiresAt:d MMMM yyyy}. If you were not expecting this email you can ignore it.

            {tenant.Tenant.Name}
            """;
        return new EmailMessage(user.Email!, $"You are invited to {tenant.Tenant.ProgrammeName}", body, "Invitation");
    }
}
