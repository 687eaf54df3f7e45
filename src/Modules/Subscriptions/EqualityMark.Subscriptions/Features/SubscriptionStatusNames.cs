using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

public static class SubscriptionStatusNames
{
    public static string Display(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.PendingPayment => "Awaiting payment",
        SubscriptionStatus.RenewalDue => "Renewal due",
        _ => status.ToString(),
    };

    public static string Display(SignUpStatus status) => status == SignUpStatus.AwaitingReview ? "Awaiting review" : status.ToString();
}
