namespace EqualityMark.Subscriptions.Contracts;

public enum SignUpStatus
{
    AwaitingReview,
    Approved,
    Rejected,
}
