using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>How a payment method reads on a page.</summary>
public static class PaymentMethodNames
{
    public const string Missing = "Choose how the school will pay";

    public static string Display(PaymentMethod method) => method == PaymentMethod.Card ? "By card" : "By invoice";

    /// <summary>The label of a choice on a form.</summary>
    public static string Choice(PaymentMethod method) => method == PaymentMethod.Card ? "By card" : "By invoice (purchase order)";
}
