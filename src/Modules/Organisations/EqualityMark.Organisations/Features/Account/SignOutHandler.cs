using EqualityMark.Organisations.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account;

internal sealed class SignOutHandler(SignInManager<User> signInManager) : IRequestHandler<SignOutCommand, Unit>
{
    public async Task<Unit> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        await signInManager.SignOutAsync();
        return Unit.Value;
    }
}
