using FluentValidation;

namespace EqualityMark.Organisations.Features.People;

internal sealed class HandOverValidator : AbstractValidator<HandOverCoordinationCommand>
{
    public HandOverValidator()
    {
        When(c => c.ToUserId is null, () =>
        {
            RuleFor(c => c.NewPersonName).NotEmpty().WithMessage("Enter the new co-ordinator's full name").MaximumLength(200);
            RuleFor(c => c.NewPersonEmail).NotEmpty().WithMessage("Enter the new co-ordinator's email address")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@school.org.uk").MaximumLength(320);
        });
    }
}
