namespace EqualityMark.Subscriptions.Domain;

internal enum CardCheckoutStatus
{
    Open,
    Paid,
    Expired,
}
