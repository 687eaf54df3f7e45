using System.Security.Claims;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Platform;

/// <summary>Signs a platform operator in with the platform cookie; five failures lock the account for 15 minutes.</summary>
internal sealed class PlatformSignInHandler(
    OrganisationsDbContext db,
    IPasswordHasher<PlatformOperator> hasher,
    IHttpContextAccessor http,
    TimeProvider clock) : IRequestHandler<PlatformSignInCommand, bool>
{
    private const int MaxFailedAttempts = 5;

    public async Task<bool> Handle(PlatformSignInCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var operatorAccount = await db.PlatformOperators.SingleOrDefaultAsync(o => o.Email == email, cancellationToken);
        var now = clock.GetUtcNow();
        if (operatorAccount is null || operatorAccount.LockedUntil > now)
        {
            return false;
        }

        if (hasher.VerifyHashedPassword(operatorAccount, operatorAccount.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            operatorAccount.FailedSignInCount++;
            if (operatorAccount.FailedSignInCount >= MaxFailedAttempts)
            {
                operatorAccount.LockedUntil = now.AddMinutes(15);
                operatorAccount.FailedSignInCount = 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        operatorAccount.FailedSignInCount = 0;
        await db.SaveChangesAsync(cancellationToken);
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
