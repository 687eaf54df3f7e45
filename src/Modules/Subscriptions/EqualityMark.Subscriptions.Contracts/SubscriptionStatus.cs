namespace EqualityMark.Subscriptions.Contracts;

/// <summary>PendingPayment → Active → RenewalDue → Renewed or Lapsed; Cancelled from any open state.</summary>
public enum SubscriptionStatus
{
    PendingPayment,
    Active,
    RenewalDue,
    Renewed,
    Lapsed,
    Cancelled,
}
