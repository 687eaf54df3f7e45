namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Which school year a new subscription is for, relative to today.</summary>
public enum SubscriptionYear
{
    Current,
    Next,
}
