using FluentValidation;

namespace EqualityMark.Organisations.Features.Account;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter a password");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage("The passwords do not match");
        RuleFor(c => c.Token).NotEmpty().WithMessage("This invitation link is incomplete. Open the link from your email again");
    }
}
