namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An authority's card payment set-up as it may be shown: the secret key only as a hint, never in full.</summary>
public sealed record StripeSettingsDto(bool IsConfigured, string? SecretKeyHint, bool HasWebhookSecret, string WebhookUrl);
