using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>The quote is checked as the upgrade is (UpgradeSubscriptionValidator), so the school sees the same errors before it commits.</summary>
internal sealed class GetUpgradeQuoteValidator : AbstractValidator<GetUpgradeQuoteQuery>
{
    public GetUpgradeQuoteValidator()
    {
        RuleFor(c => c.PackageId).NotNull().WithMessage("Choose the package to upgrade to");
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
    }
}
