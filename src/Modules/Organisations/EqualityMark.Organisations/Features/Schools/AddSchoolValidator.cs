using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using FluentValidation;

namespace EqualityMark.Organisations.Features.Schools;

internal sealed class AddSchoolValidator : AbstractValidator<AddSchoolCommand>
{
    public AddSchoolValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the school's name").MaximumLength(200);
        RuleFor(c => c.Urn).Must(UrnRule.IsValid).WithMessage("Enter the school's URN: 6 digits, like 119234");
        RuleFor(c => c.Phase).NotNull().WithMessage("Choose the school's phase").IsInEnum().WithMessage("Choose the school's phase");
        RuleFor(c => c.Type).NotNull().WithMessage("Choose the type of school").IsInEnum().WithMessage("Choose the type of school");
        RuleFor(c => c.AddressLine1).NotEmpty().WithMessage("Enter the first line of the address").MaximumLength(200);
        RuleFor(c => c.Town).NotEmpty().WithMessage("Enter the town").MaximumLength(100);
        RuleFor(c => c.Postcode).NotEmpty().WithMessage("Enter the postcode").MaximumLength(10);
    }
}
