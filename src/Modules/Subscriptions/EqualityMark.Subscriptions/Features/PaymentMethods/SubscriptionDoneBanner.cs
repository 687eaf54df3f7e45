using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>The success banner's words after a payment action on the subscription page.</summary>
public static class SubscriptionDoneBanner
{
    public static string? Text(string done, SubscriptionDto subscription, InvoiceDto? invoice) => done switch
    {
        SubscriptionDone.MethodChanged => subscription.PaymentMethod == PaymentMethod.Card
            ? "The school now pays by card, from its package page."
            : $"The school now pays by invoice, purchase order {subscription.PurchaseOrderNumber}. Issue the invoice when you are ready.",
        SubscriptionDone.InvoiceIssued when invoice is not null => $"Invoice {invoice.Reference} for {Money.Format(invoice.TotalPence)} issued and emailed to the school.",
        SubscriptionDone.PaymentRecorded when invoice is not null => $"Payment recorded: invoice {invoice.Reference} is paid and the package is {SubscriptionStatusNames.Display(subscription.Status).ToLowerInvariant()}.",
        _ => null,
    };
}
