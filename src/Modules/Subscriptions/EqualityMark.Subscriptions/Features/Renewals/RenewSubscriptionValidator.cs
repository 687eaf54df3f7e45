using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Renewals;

internal sealed class RenewSubscriptionValidator : AbstractValidator<RenewSubscriptionCommand>
{
    public RenewSubscriptionValidator()
    {
        RuleFor(c => c.PaymentMethod).NotNull().WithMessage("Choose how the school will pay").IsInEnum().WithMessage("Choose how the school will pay");
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage("Enter the purchase order number for the invoice")
            .When(c => c.PaymentMethod == PaymentMethod.Invoice);
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(50).WithMessage("Purchase order number must be 50 characters or fewer");
    }
}
