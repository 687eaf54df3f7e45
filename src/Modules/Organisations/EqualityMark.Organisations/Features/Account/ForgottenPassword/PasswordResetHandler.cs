using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.People;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

internal sealed class PasswordResetHandler(
    UserManager<User> users,
    ISignInSessions sessions,
    IEmailOutbox outbox,
    ITenantContext tenant,
    ITenantLinks links) :
    IRequestHandler<RequestPasswordResetCommand, Unit>,
    IRequestHandler<CheckPasswordResetLinkQuery, bool>,
    IRequestHandler<ResetForgottenPasswordCommand, Unit>
{
    public const string LinkNoLongerWorks = "This link has expired or has already been used. Ask for a new one";

    public async Task<Unit> Handle(RequestPasswordResetCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || !user.IsActivated || PeopleRules.IsDeactivated(user))
        {
            return Unit.Value;
        }

        var token = await users.GenerateUserTokenAsync(user, ForgottenPasswordTokenProvider.ProviderName, ForgottenPasswordTokenProvider.Purpose);
        var authority = tenant.Tenant!;
        var link = links.For(authority.Code, $"/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}");
        var body = $"""
            Dear {user.FullName},

            Someone asked to reset the password for your account on {authority.ProgrammeName}.

            Choose a new password here:
            {link}

            The link works once, for 1 hour. If you did not ask for this, you can ignore this email: your password has not changed.

            {authority.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(user.Email!, $"Reset your password for {authority.ProgrammeName}", body, "Password reset"), cancellationToken);
        return Unit.Value;
    }

    public async Task<bool> Handle(CheckPasswordResetLinkQuery request, CancellationToken cancellationToken) =>
        await ValidLinkUserAsync(request.UserId, request.Token) is not null;

    public async Task<Unit> Handle(ResetForgottenPasswordCommand request, CancellationToken cancellationToken)
    {
        var user = await ValidLinkUserAsync(request.UserId, request.Token)
            ?? throw RequestValidationException.For(nameof(request.Token), LinkNoLongerWorks);

        // The link was checked above; Identity's own reset then validates the password and changes the security stamp,
        // and its concurrency stamp lets only one of two uses of the same link win.
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), request.Password);
        if (!result.Succeeded)
        {
            throw result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? RequestValidationException.For(nameof(request.Token), LinkNoLongerWorks)
                : new RequestValidationException(new Dictionary<string, string[]>
                {
                    [nameof(request.Password)] = result.Errors.Select(e => e.Description).ToArray(),
                });
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        return Unit.Value;
    }

    private async Task<User?> ValidLinkUserAsync(Guid userId, string token)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && !PeopleRules.IsDeactivated(user) && !string.IsNullOrEmpty(token)
            && await users.VerifyUserTokenAsync(user, ForgottenPasswordTokenProvider.ProviderName, ForgottenPasswordTokenProvider.Purpose, token)
            ? user
            : null;
    }
}
