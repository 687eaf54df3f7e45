using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account;

internal sealed class RefreshSessionHandler(SignInManager<User> signInManager, ICurrentUser currentUser) : IRequestHandler<RefreshSessionCommand, Unit>
{
    public async Task<Unit> Handle(RefreshSessionCommand request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is { } id && await signInManager.UserManager.FindByIdAsync(id.ToString()) is { } user)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        return Unit.Value;
    }
}
