namespace EqualityMark.Subscriptions.Features.Payments;

internal enum StripeWebhookOutcome
{
    Processed,
    AlreadyProcessed,
    Ignored,
}
