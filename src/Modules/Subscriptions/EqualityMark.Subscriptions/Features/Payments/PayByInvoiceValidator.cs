using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Payments;

internal sealed class PayByInvoiceValidator : AbstractValidator<PayByInvoiceCommand>
{
    public PayByInvoiceValidator() =>
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage("Enter the purchase order number for the invoice")
            .MaximumLength(50).WithMessage("Purchase order number must be 50 characters or fewer");
}
