using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>An authority's Stripe keys, encrypted with ASP.NET Core data protection; only a hint is kept in clear.</summary>
internal sealed class StripeAccount : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string ProtectedSecretKey { get; set; }

    public required string ProtectedWebhookSecret { get; set; }

    public required string SecretKeyHint { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Changes whenever keys are saved: a connection test counts only for the keys it read.</summary>
    public Guid KeysVersion { get; set; } = Guid.CreateVersion7();

    /// <summary>When the current keys were last tested against Stripe; null until they are.</summary>
    public DateTimeOffset? ConnectionTestedAt { get; set; }

    /// <summary>Whether Stripe accepted the current keys at the last test: card payments are on only then.</summary>
    public bool ConnectionSucceeded { get; set; }

    /// <summary>Why the last test failed, in words an administrator can act on (never the key).</summary>
    public string? ConnectionFailure { get; set; }

    public void KeysSaved(DateTimeOffset now)
    {
        UpdatedAt = now;
        KeysVersion = Guid.CreateVersion7();
        ConnectionTestedAt = null;
        ConnectionSucceeded = false;
        ConnectionFailure = null;
    }
}
