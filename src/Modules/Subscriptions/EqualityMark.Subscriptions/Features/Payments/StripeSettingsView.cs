using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>An authority's Stripe account as it may be shown: a hint of the key and the last connection test.</summary>
internal static class StripeSettingsView
{
    public const string WebhookPath = "/api/v1/payments/stripe/webhook";

    public static StripeSettingsDto ToDto(StripeAccount? account, string webhookUrl) => new(
        account is not null, account?.SecretKeyHint, account is not null, webhookUrl,
        account?.ConnectionTestedAt, account?.ConnectionSucceeded ?? false, account?.ConnectionFailure);
}
