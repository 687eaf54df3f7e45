namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A Stripe Checkout session for a subscription: the school is sent to CheckoutUrl to pay.</summary>
public sealed record CardCheckoutDto(Guid Id, Guid SubscriptionId, string StripeSessionId, string CheckoutUrl, long AmountPence);
