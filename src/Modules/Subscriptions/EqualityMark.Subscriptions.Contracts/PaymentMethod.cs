namespace EqualityMark.Subscriptions.Contracts;

public enum PaymentMethod
{
    Card,
    Invoice,
}
