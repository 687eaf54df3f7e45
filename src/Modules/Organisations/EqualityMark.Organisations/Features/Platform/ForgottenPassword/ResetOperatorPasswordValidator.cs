using EqualityMark.Organisations.Features.Account;
using FluentValidation;

namespace EqualityMark.Organisations.Features.Platform.ForgottenPassword;

internal sealed class ResetOperatorPasswordValidator : AbstractValidator<ResetOperatorPasswordCommand>
{
    public ResetOperatorPasswordValidator() =>
        RuleFor(c => c.Password).Custom((password, context) =>
        {
            foreach (var problem in OperatorPasswordResetHandler.PasswordProblems(password, context.InstanceToValidate.ConfirmPassword))
            {
                context.AddFailure(nameof(ResetOperatorPasswordCommand.Password), problem);
            }
        });
}

internal sealed class RequestOperatorPasswordResetValidator : AbstractValidator<RequestOperatorPasswordResetCommand>
{
    public RequestOperatorPasswordResetValidator() => RuleFor(c => c.Email).SignInEmail();
}
