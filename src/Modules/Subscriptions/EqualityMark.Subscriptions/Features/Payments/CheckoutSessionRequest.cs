namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>What a Stripe Checkout session is opened for: one line in pounds sterling.</summary>
internal sealed record CheckoutSessionRequest(
    string Description, long AmountPence, string CustomerEmail, Guid ClientReference, Uri SuccessUrl, Uri CancelUrl, IReadOnlyDictionary<string, string> Metadata);
