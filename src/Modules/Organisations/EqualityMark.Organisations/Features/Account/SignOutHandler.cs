using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>Signing out ends every session of the person, on every device, not just this browser's cookie.</summary>
internal sealed class SignOutHandler(SignInManager<User> signInManager, ICurrentUser currentUser, ISignInSessions sessions) : IRequestHandler<SignOutCommand, Unit>
{
    public async Task<Unit> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is { } userId)
        {
            await sessions.EndAllAsync(userId, cancellationToken);
        }

        await signInManager.SignOutAsync();
        return Unit.Value;
    }
}
