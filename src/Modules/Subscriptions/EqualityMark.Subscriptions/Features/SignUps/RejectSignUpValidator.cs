using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.SignUps;

internal sealed class RejectSignUpValidator : AbstractValidator<RejectSignUpCommand>
{
    public RejectSignUpValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Enter the reason, so the school knows what to do next")
            .MaximumLength(2000).WithMessage("Reason must be 2000 characters or fewer");
    }
}
