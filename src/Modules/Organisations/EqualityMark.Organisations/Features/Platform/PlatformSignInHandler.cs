using System.Security.Claims;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.Account;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Platform;

/// <summary>
/// Signs a platform operator in with the platform cookie; five failures lock the account for 15 minutes. An unknown
/// email, a locked account and a wrong password take the same time and get the same answer.
/// </summary>
internal sealed class PlatformSignInHandler(
    OrganisationsDbContext db,
    OperatorCredentialStore credentials,
    IPasswordHasher<PlatformOperator> hasher,
    IHttpContextAccessor http,
    TimeProvider clock) : IRequestHandler<PlatformSignInCommand, bool>
{
    public async Task<bool> Handle(PlatformSignInCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        var operatorAccount = await db.PlatformOperators.AsNoTracking().SingleOrDefaultAsync(o => o.Email == email, cancellationToken);
        var credential = operatorAccount is null ? null : await credentials.FindAsync(operatorAccount.Id, now, cancellationToken);
        if (operatorAccount is null || credential is null)
        {
            UnknownPasswords.Verify(request.Password);
            return false;
        }

        if (hasher.VerifyHashedPassword(operatorAccount, credential.Value.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            await credentials.RecordFailureAsync(operatorAccount.Id, now, cancellationToken);
            return false;
        }

        if (credential.Value.IsLocked || !await credentials.RecordSuccessAsync(operatorAccount.Id, now, cancellationToken))
        {
            return false;
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, operatorAccount.Id.ToString()),
                new Claim(ClaimTypes.Name, operatorAccount.Email),
                new Claim(ClaimNames.FullName, operatorAccount.FullName),
                new Claim(ClaimTypes.Role, Roles.PlatformOperator),
            ],
            AuthenticationSchemes.Platform);
        await http.HttpContext!.SignInAsync(AuthenticationSchemes.Platform, new ClaimsPrincipal(identity));
        return true;
    }
}
