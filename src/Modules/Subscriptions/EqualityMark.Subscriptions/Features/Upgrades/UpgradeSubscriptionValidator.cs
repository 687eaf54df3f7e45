using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>The package is needed; whether the purchase order is depends on how the school pays (UpgradeQuoter, PurchaseOrderRule).</summary>
internal sealed class UpgradeSubscriptionValidator : AbstractValidator<UpgradeSubscriptionCommand>
{
    public UpgradeSubscriptionValidator()
    {
        RuleFor(c => c.PackageId).NotNull().WithMessage("Choose the package to upgrade to");
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
    }
}
