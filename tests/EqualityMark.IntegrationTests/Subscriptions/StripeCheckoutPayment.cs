namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>A Checkout session the fake Stripe has taken a payment for.</summary>
internal sealed record StripeCheckoutPayment(string SessionId, string PaymentIntentId);
