namespace EqualityMark.TestSupport;

/// <summary>A Checkout session the school paid on the fake Stripe's page, and the payment it made.</summary>
public sealed record StripeCheckoutPayment(string SessionId, string PaymentIntentId);
