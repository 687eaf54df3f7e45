namespace EqualityMark.Subscriptions.Contracts;

/// <summary>An invoice as issued: a full VAT invoice (number, dates, parties, lines, VAT by rate and totals).</summary>
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
    DateTimeOffset? RefundedAt = null,
    DateOnly? TaxPointOn = null,
    InvoicePartiesDto? Parties = null,
    IReadOnlyList<InvoiceVatDto>? VatByRate = null,
    string? UpgradeToPackageName = null)
{
    public long TotalPence => NetPence + VatPence;
}
