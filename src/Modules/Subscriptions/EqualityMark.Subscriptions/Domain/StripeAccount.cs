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
}
