using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Entitlements;

internal sealed class ReleaseEntitlementValidator : AbstractValidator<ReleaseEntitlementCommand>
{
    public ReleaseEntitlementValidator()
    {
        RuleFor(c => c.Reference).NotEmpty().WithMessage("Give the reference to release").MaximumLength(200);
    }
}
