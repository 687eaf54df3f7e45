using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Upgrades;

internal sealed class UpgradeSubscriptionValidator : AbstractValidator<UpgradeSubscriptionCommand>
{
    public UpgradeSubscriptionValidator()
    {
        RuleFor(c => c.PackageId).NotNull().WithMessage("Choose the package to upgrade to");
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage("Enter the purchase order number for the invoice")
            .MaximumLength(50).WithMessage("Purchase order number must be 50 characters or fewer");
    }
}
