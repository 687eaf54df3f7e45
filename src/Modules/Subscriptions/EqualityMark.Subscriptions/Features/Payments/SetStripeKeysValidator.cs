using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Payments;

internal sealed class SetStripeKeysValidator : AbstractValidator<SetStripeKeysCommand>
{
    public SetStripeKeysValidator()
    {
        RuleFor(c => c.SecretKey).Must(k => k is not null && (k.Trim().StartsWith("sk_", StringComparison.Ordinal) || k.Trim().StartsWith("rk_", StringComparison.Ordinal)) && k.Trim().Length >= 12)
            .WithMessage("Enter the Stripe secret key: it starts sk_live_, sk_test_ or rk_").MaximumLength(255);
        RuleFor(c => c.WebhookSecret).Must(k => k is not null && k.Trim().StartsWith("whsec_", StringComparison.Ordinal) && k.Trim().Length >= 12)
            .WithMessage("Enter the webhook signing secret: it starts whsec_").MaximumLength(255);
    }
}
