using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Catalogue;

internal sealed class AddPackageValidator : AbstractValidator<AddPackageCommand>
{
    public AddPackageValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the package's name").MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(c => c.Description).MaximumLength(2000).WithMessage("Description must be 2000 characters or fewer");
        RuleFor(c => c.Entitlements).NotNull();
        RuleForEach(c => c.Entitlements).ChildRules(e =>
        {
            e.RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose what the package includes");
            e.RuleFor(x => x.Quantity).InclusiveBetween(1, 100).WithMessage("Quantity must be between 1 and 100");
        });
        RuleFor(c => c.Entitlements).Must(e => e.Select(x => x.Kind).Distinct().Count() == e.Count)
            .WithMessage("List each entitlement once").When(c => c.Entitlements is not null);
        RuleFor(c => c.Entitlements).Must(PackageRules.ChoiceGroupsShareOneQuantity)
            .WithMessage("A choose-one group needs at least two entitlements with the same quantity").When(c => c.Entitlements is not null);
    }
}
