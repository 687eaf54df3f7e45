using EqualityMark.Organisations.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>
/// Signs a person in to the current local authority. Users are looked up within this tenant only,
/// so another authority's account is simply "wrong details" here.
/// </summary>
internal sealed class SignInHandler(SignInManager<User> signInManager) : IRequestHandler<SignInCommand, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var result = await signInManager.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut && await signInManager.UserManager.FindByEmailAsync(request.Email.Trim()) is { } user && user.LockoutEnd == DateTimeOffset.MaxValue)
        {
            return SignInOutcome.Deactivated;
        }

        return result.Succeeded ? SignInOutcome.SignedIn
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.WrongDetails;
    }
}
