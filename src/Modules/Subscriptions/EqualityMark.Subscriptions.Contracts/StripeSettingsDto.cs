namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// An authority's card payment set-up as it may be shown: the secret key only as a hint, never in full, and the last
/// connection test of the current keys (none yet, accepted, or Stripe's refusal in plain words).
/// </summary>
public sealed record StripeSettingsDto(
    bool IsConfigured,
    string? SecretKeyHint,
    bool HasWebhookSecret,
    string WebhookUrl,
    DateTimeOffset? ConnectionTestedAt,
    bool ConnectionSucceeded,
    string? ConnectionFailure)
{
    /// <summary>Card payments are offered to schools only once keys are saved and Stripe accepted them at the last test.</summary>
    public bool CardPaymentsOn => IsConfigured && ConnectionSucceeded;
}
