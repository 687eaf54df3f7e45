using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Stores the authority's Stripe secret key and webhook signing secret, encrypted.</summary>
public sealed record SetStripeKeysCommand(string SecretKey, string WebhookSecret) : ICommand<StripeSettingsDto>, IChangesPublicPages;
