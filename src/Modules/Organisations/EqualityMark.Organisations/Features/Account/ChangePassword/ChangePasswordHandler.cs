using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account.ChangePassword;

internal sealed class ChangePasswordHandler(SignInManager<User> signInManager, ICurrentUser currentUser, ISignInSessions sessions)
    : IRequestHandler<ChangePasswordCommand, Unit>
{
    public async Task<Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString()) ?? throw new ForbiddenException("You are not signed in.");
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            throw wrongCurrent
                ? RequestValidationException.For(nameof(request.CurrentPassword), "Your current password is not right")
                : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                    ? new ConflictException("Your password was changed somewhere else at the same moment. Sign in again.")
                    : new RequestValidationException(new Dictionary<string, string[]>
                    {
                        [nameof(request.NewPassword)] = result.Errors.Select(e => e.Description).ToArray(),
                    });
        }

        await sessions.EndAllAsync(user.Id, cancellationToken);
        await signInManager.SignInAsync(user, isPersistent: false);
        return Unit.Value;
    }
}

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Enter a new password");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).When(c => !string.IsNullOrEmpty(c.NewPassword)).WithMessage("The passwords do not match");
    }
}
