using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>A Stripe event already processed. Unique per authority and event id: a redelivery is recognised and skipped.</summary>
internal sealed class StripeEventReceipt : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string EventId { get; init; }

    public required string Type { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>For a full refund: the payment refunded, so a payment confirmed after its refund (out of order) is recorded refunded.</summary>
    public string? RefundedPaymentIntentId { get; init; }
}
