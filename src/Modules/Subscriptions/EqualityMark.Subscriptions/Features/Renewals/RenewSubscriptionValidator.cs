using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Renewals;

internal sealed class RenewSubscriptionValidator : AbstractValidator<RenewSubscriptionCommand>
{
    public RenewSubscriptionValidator()
    {
        RuleFor(c => c.PaymentMethod).NotNull().WithMessage("Choose how the school will pay").IsInEnum().WithMessage("Choose how the school will pay");
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage(PurchaseOrderRule.Missing)
            .When(c => PurchaseOrderRule.IsRequiredFor(c.PaymentMethod));
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
    }
}
