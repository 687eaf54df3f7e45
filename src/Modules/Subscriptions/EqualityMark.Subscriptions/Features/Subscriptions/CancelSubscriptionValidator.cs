using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

internal sealed class CancelSubscriptionValidator : AbstractValidator<CancelSubscriptionCommand>
{
    public CancelSubscriptionValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Enter why the subscription is cancelled").MaximumLength(2000);
    }
}
