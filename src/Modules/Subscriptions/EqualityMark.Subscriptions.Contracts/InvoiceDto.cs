namespace EqualityMark.Subscriptions.Contracts;

public sealed record InvoiceDto(
    Guid Id,
    int Number,
    string Reference,
    Guid SubscriptionId,
    Guid SchoolId,
    string SchoolName,
    string? PurchaseOrderNumber,
    DateOnly IssuedOn,
    DateOnly DueOn,
    InvoiceStatus Status,
    IReadOnlyList<InvoiceLineDto> Lines,
    long NetPence,
    long VatPence,
    DateTimeOffset? PaidAt,
    bool IsOverdue,
    PaymentMethod? PaidBy = null,
    string? PaymentReference = null,
    DateTimeOffset? RefundedAt = null)
{
    public long TotalPence => NetPence + VatPence;
}
