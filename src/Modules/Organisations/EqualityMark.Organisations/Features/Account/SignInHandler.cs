using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.People;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>
/// Signs a person in to the current local authority. Users are looked up within this tenant only, so another
/// authority's account is simply "wrong details" here. An unknown email, a locked account and a wrong password cost
/// the same time and get the same answer; only someone who knows the password learns that an account is deactivated.
/// Failures are counted in one statement each, so parallel guesses are all counted.
/// </summary>
internal sealed class SignInHandler(
    SignInManager<User> signInManager,
    OrganisationsDbContext db,
    IOptions<IdentityOptions> identity,
    TimeProvider clock) : IRequestHandler<SignInCommand, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            UnknownPasswords.Verify(request.Password);
            return SignInOutcome.WrongDetails;
        }

        var passwordIsRight = await users.CheckPasswordAsync(user, request.Password);
        var now = clock.GetUtcNow();
        if (PeopleRules.IsDeactivated(user))
        {
            return passwordIsRight ? SignInOutcome.Deactivated : SignInOutcome.WrongDetails;
        }

        if (!passwordIsRight)
        {
            await RecordFailureAsync(user.Id, now, cancellationToken);
            return SignInOutcome.WrongDetails;
        }

        if (!await signInManager.CanSignInAsync(user) || !await ClearFailuresUnlessLockedAsync(user.Id, now, cancellationToken))
        {
            return SignInOutcome.WrongDetails;
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        return SignInOutcome.SignedIn;
    }

    private Task<int> RecordFailureAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (limit, lockedUntil) = (identity.Value.Lockout.MaxFailedAccessAttempts, now + identity.Value.Lockout.DefaultLockoutTimeSpan);
        return db.Users.Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1 >= limit ? 0 : u.AccessFailedCount + 1)
                    .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= limit ? lockedUntil : u.LockoutEnd),
                cancellationToken);
    }

    private async Task<bool> ClearFailuresUnlessLockedAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0), cancellationToken) == 1;
}
