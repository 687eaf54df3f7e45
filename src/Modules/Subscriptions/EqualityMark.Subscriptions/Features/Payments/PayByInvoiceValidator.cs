using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Payments;

internal sealed class PayByInvoiceValidator : AbstractValidator<PayByInvoiceCommand>
{
    public PayByInvoiceValidator() =>
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage(PurchaseOrderRule.Missing)
            .MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
}
