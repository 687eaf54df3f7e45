using FluentValidation;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

internal sealed class ResetForgottenPasswordValidator : AbstractValidator<ResetForgottenPasswordCommand>
{
    public ResetForgottenPasswordValidator()
    {
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter a new password");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).When(c => !string.IsNullOrEmpty(c.Password)).WithMessage("The passwords do not match");
    }
}

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() => RuleFor(c => c.Email).SignInEmail();
}
