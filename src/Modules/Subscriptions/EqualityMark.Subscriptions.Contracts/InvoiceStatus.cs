namespace EqualityMark.Subscriptions.Contracts;

public enum InvoiceStatus
{
    Open,
    Paid,
    Cancelled,
    Refunded,
}
