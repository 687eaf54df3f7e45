using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

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

    public CardPaymentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Stripe's payment (pi_…) once paid: what a refund is made against and what a charge event names.</summary>
    public string? PaymentIntentId { get; set; }

    /// <summary>The paid invoice (the receipt) made when the payment completed.</summary>
    public Guid? InvoiceId { get; set; }
}
