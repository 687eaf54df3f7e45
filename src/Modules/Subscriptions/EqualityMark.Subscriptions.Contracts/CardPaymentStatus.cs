namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Where one attempt to pay by card (a Stripe Checkout session) ended up.</summary>
public enum CardPaymentStatus
{
    Open,
    Paid,
    Expired,
    Failed,
}
