using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

public static class InvoiceStatusNames
{
    public static string Display(InvoiceDto invoice) => invoice switch
    {
        { IsOverdue: true } => "Overdue",
        { Status: InvoiceStatus.Paid, PaidBy: PaymentMethod.Card } => "Paid by card",
        _ => invoice.Status.ToString(),
    };
}
