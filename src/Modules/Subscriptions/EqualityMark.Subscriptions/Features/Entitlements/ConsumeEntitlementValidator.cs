using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Entitlements;

internal sealed class ConsumeEntitlementValidator : AbstractValidator<ConsumeEntitlementCommand>
{
    public ConsumeEntitlementValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose an entitlement");
        RuleFor(c => c.Reference).NotEmpty().WithMessage("Give the reference the unit is used for, e.g. a booking id").MaximumLength(200);
    }
}
