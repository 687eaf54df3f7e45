using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>One Stripe Checkout session opened to pay a subscription by card.</summary>
internal sealed class CardCheckout : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SubscriptionId { get; init; }

    public required string StripeSessionId { get; init; }

    public required string CheckoutUrl { get; init; }

    public long AmountPence { get; init; }

    public CardCheckoutStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }
}
