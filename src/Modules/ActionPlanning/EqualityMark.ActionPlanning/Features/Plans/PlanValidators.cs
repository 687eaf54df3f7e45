using FluentValidation;

namespace EqualityMark.ActionPlanning.Features.Plans;

internal sealed class SetPlanFocusValidator : AbstractValidator<SetPlanFocusCommand>
{
    public SetPlanFocusValidator() =>
        RuleFor(c => c.Focus).NotNull().WithMessage("Choose how the school will focus its plan").IsInEnum().WithMessage("Choose how the school will focus its plan");
}

internal sealed class AddPlanCommentValidator : AbstractValidator<AddPlanCommentCommand>
{
    public AddPlanCommentValidator() =>
        RuleFor(c => c.Text).NotEmpty().WithMessage("Enter a comment").MaximumLength(2000).WithMessage("Comment must be 2,000 characters or fewer");
}
