using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>An invoice for a subscription (or an upgrade). Number is the authority's own sequence.</summary>
internal sealed class Invoice : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int Number { get; init; }

    public Guid SubscriptionId { get; init; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public string? PurchaseOrderNumber { get; init; }

    public DateOnly IssuedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public InvoiceStatus Status { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public PaymentMethod? PaidBy { get; set; }

    /// <summary>Stripe's payment id (pi_…) for a card payment.</summary>
    public string? PaymentReference { get; set; }

    public DateTimeOffset? RefundedAt { get; set; }

    /// <summary>Stripe's refund id (re_…), or the charge refunded in Stripe's dashboard.</summary>
    public string? RefundReference { get; set; }

    public List<InvoiceLine> Lines { get; init; } = [];

    public long NetPence => Lines.Sum(l => l.AmountPence);

    public long VatPence { get; init; }

    public string ReferenceText => ReferenceFor(Number);

    public static string ReferenceFor(int number) => $"EM-{number:D6}";

    public bool IsOverdue(DateOnly today) => Status == InvoiceStatus.Open && today > DueOn;

    public InvoiceDto ToDto(DateOnly today) => new(Id, Number, ReferenceFor(Number), SubscriptionId, SchoolId, SchoolName, PurchaseOrderNumber,
        IssuedOn, DueOn, Status, Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineDto(l.Description, l.AmountPence)).ToList(),
        NetPence, VatPence, PaidAt, IsOverdue(today), PaidBy, PaymentReference, RefundedAt);
}
