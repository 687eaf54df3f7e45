using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Catalogue;

internal sealed class UpdatePackageValidator : AbstractValidator<UpdatePackageCommand>
{
    public UpdatePackageValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the package's name").MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(c => c.Description).MaximumLength(2000).WithMessage("Description must be 2000 characters or fewer");
        RuleFor(c => c.DisplayOrder).InclusiveBetween(0, 1000).WithMessage("Display order must be a whole number from 0 to 1000");
    }
}
