namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>The parts of Stripe's checkout.session object this module uses.</summary>
internal sealed record CheckoutSession(string Id, string Url);
