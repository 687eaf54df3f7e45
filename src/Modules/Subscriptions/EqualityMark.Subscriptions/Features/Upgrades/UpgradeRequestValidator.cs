using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>
/// The package is needed; whether the purchase order is depends on how the school pays (UpgradeQuoter, PurchaseOrderRule).
/// The quote is checked as the upgrade is, so the school sees the same errors before it commits.
/// </summary>
internal abstract class UpgradeRequestValidator<TRequest> : AbstractValidator<TRequest>
    where TRequest : IUpgradeRequest
{
    protected UpgradeRequestValidator()
    {
        RuleFor(c => c.PackageId).NotNull().WithMessage("Choose the package to upgrade to");
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
    }
}

internal sealed class UpgradeSubscriptionValidator : UpgradeRequestValidator<UpgradeSubscriptionCommand>;

internal sealed class GetUpgradeQuoteValidator : UpgradeRequestValidator<GetUpgradeQuoteQuery>;
