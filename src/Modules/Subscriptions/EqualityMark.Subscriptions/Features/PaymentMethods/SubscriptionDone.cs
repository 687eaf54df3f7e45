namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>What the subscription page's success banner says after a payment action (POST-redirect-GET, ADR 0022).</summary>
public static class SubscriptionDone
{
    public const string MethodChanged = "payment-method";

    public const string InvoiceIssued = "invoice-issued";

    public const string PaymentRecorded = "payment-recorded";
}
