using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

internal sealed class ChangePaymentMethodValidator : AbstractValidator<ChangePaymentMethodCommand>
{
    public ChangePaymentMethodValidator()
    {
        RuleFor(c => c.PaymentMethod).NotNull().WithMessage(PaymentMethodNames.Missing).IsInEnum().WithMessage(PaymentMethodNames.Missing);
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage(PurchaseOrderRule.Missing).When(c => PurchaseOrderRule.IsRequiredFor(c.PaymentMethod));
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
    }
}
