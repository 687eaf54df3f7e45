using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Platform.ForgottenPassword;

/// <summary>
/// Operators' "forgot your password": the link carries the operator and their credential's security stamp, protected
/// and valid for an hour. Setting the password changes the stamp in the same statement that checks it, so one link
/// sets a password once even when used twice at the same moment.
/// </summary>
internal sealed class OperatorPasswordResetHandler(
    OrganisationsDbContext db,
    OperatorCredentialStore credentials,
    IPasswordHasher<PlatformOperator> hasher,
    IDataProtectionProvider protection,
    IPlatformMail mail,
    ITenantLinks links,
    ISignInSessions sessions,
    TimeProvider clock) :
    IRequestHandler<RequestOperatorPasswordResetCommand, Unit>,
    IRequestHandler<CheckOperatorPasswordResetLinkQuery, bool>,
    IRequestHandler<ResetOperatorPasswordCommand, Unit>
{
    public const string LinkNoLongerWorks = "This link has expired or has already been used. Ask for a new one";
    private const int MinimumPasswordLength = 12;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("EqualityMark.OperatorPasswordReset").ToTimeLimitedDataProtector();

    public async Task<Unit> Handle(RequestOperatorPasswordResetCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var account = await db.PlatformOperators.AsNoTracking().SingleOrDefaultAsync(o => o.Email == email, cancellationToken);
        if (account is null || await credentials.FindAsync(account.Id, clock.GetUtcNow(), cancellationToken) is not { } credential)
        {
            return Unit.Value;
        }

        var token = Protector.Protect($"{account.Id:N}|{credential.SecurityStamp}", Lifetime);
        var link = links.ForPlatform($"/platform/reset-password?token={Uri.EscapeDataString(token)}");
        var body = $"""
            Dear {account.FullName},

            Someone asked to reset your password for the platform operators' site.

            Choose a new password here:
            {link}

            The link works once, for 1 hour. If you did not ask for this, you can ignore this email: your password has not changed.
            """;
        await mail.SendNowAsync(new EmailMessage(account.Email, "Reset your platform operator password", body, "Password reset"), cancellationToken);
        return Unit.Value;
    }

    public async Task<bool> Handle(CheckOperatorPasswordResetLinkQuery request, CancellationToken cancellationToken) =>
        await ValidLinkAsync(request.Token, cancellationToken) is not null;

    public async Task<Unit> Handle(ResetOperatorPasswordCommand request, CancellationToken cancellationToken)
    {
        var (operatorId, stamp) = await ValidLinkAsync(request.Token, cancellationToken)
            ?? throw RequestValidationException.For(nameof(request.Token), LinkNoLongerWorks);
        var account = await db.PlatformOperators.AsNoTracking().SingleAsync(o => o.Id == operatorId, cancellationToken);
        if (!await credentials.SetPasswordAsync(operatorId, hasher.HashPassword(account, request.Password), stamp, cancellationToken))
        {
            throw RequestValidationException.For(nameof(request.Token), LinkNoLongerWorks);
        }

        await sessions.EndAllAsync(operatorId, cancellationToken);
        return Unit.Value;
    }

    public static IEnumerable<string> PasswordProblems(string password, string confirmation)
    {
        if (string.IsNullOrEmpty(password))
        {
            yield return "Enter a new password";
        }
        else if (password.Length < MinimumPasswordLength)
        {
            yield return $"Enter a password of at least {MinimumPasswordLength} characters";
        }
        else if (password != confirmation)
        {
            yield return "The passwords do not match";
        }
    }

    /// <summary>The operator and stamp the link names, while it is in date and the stamp is still current.</summary>
    private async Task<(Guid OperatorId, string Stamp)?> ValidLinkAsync(string token, CancellationToken cancellationToken)
    {
        string payload;
        try
        {
            payload = Protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var operatorId)
            && await credentials.FindAsync(operatorId, clock.GetUtcNow(), cancellationToken) is { } credential && credential.SecurityStamp == parts[1]
            ? (operatorId, parts[1])
            : null;
    }
}
