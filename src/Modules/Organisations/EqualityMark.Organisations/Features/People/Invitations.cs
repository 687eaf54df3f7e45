using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.People;

/// <summary>
/// Creates an invited person and emails them a link to this authority's own site to set their password; sends a
/// fresh link again when asked. Works in whatever authority its scope is fixed to (a new authority's first
/// administrator is invited from the platform).
/// </summary>
internal sealed class Invitations(UserManager<User> users, ITenantContext tenant, IEmailOutbox outbox, ITenantLinks links, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>The invited person, not yet emailed: send once whatever else is being written has been saved.</summary>
    public async Task<User> CreateAsync(string fullName, string email, string role, Guid? schoolId, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException($"{email} already has an account or an invitation here.");
        }

        var now = clock.GetUtcNow();
        var user = new User
        {
            UserName = email,
            Email = email,
            FullName = fullName,
            Role = role,
            SchoolId = schoolId,
            InvitedAt = now,
            InvitationExpiresAt = now + Lifetime,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw RequestValidationException.For("Email", created.Errors.First().Description);
        }

        return user;
    }

    /// <summary>A new link (the old one stops working) and fourteen more days, for someone who has not yet accepted.</summary>
    public async Task ResendAsync(User user, CancellationToken cancellationToken)
    {
        if (user.IsActivated)
        {
            throw new ConflictException($"{user.FullName} has already accepted their invitation.");
        }

        user.InvitationExpiresAt = clock.GetUtcNow() + Lifetime;
        await users.UpdateSecurityStampAsync(user);
        await SendAsync(user, cancellationToken);
    }

    public async Task SendAsync(User user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var authority = tenant.Tenant!;
        var link = links.For(authority.Code, $"/account/accept-invitation?user={user.Id}&token={Uri.EscapeDataString(token)}");
        var body = $"""
            Dear {user.FullName},

            You have been invited to {authority.ProgrammeName} as {Roles.DisplayName(user.Role)}.

            Set your password and sign in here:
            {link}

            This link works until {user.InvitationExpiresAt:d MMMM yyyy}. If you were not expecting this email you can ignore it.

            {authority.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(user.Email!, $"You are invited to {authority.ProgrammeName}", body, "Invitation"), cancellationToken);
    }
}
