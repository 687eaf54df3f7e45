using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>
/// The one rule for purchase orders (ADR 0018): a school paying by invoice gives one, for the invoice; a school paying
/// by card need not (its card is the authority to pay) and may give one for its own records.
/// </summary>
public static class PurchaseOrderRule
{
    public const string Missing = "Enter the purchase order number for the invoice";

    public const string TooLong = "Purchase order number must be 50 characters or fewer";

    public const int MaximumLength = 50;

    public static bool IsRequiredFor(PaymentMethod? method) => method == PaymentMethod.Invoice;
}
