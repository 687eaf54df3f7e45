using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>
/// An invoice for a subscription (or an upgrade): a full VAT invoice. Number is the authority's own sequence; parties,
/// VAT treatment, rates and amounts are copied when it is raised, so later changes to the terms never alter it.
/// </summary>
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

    /// <summary>The time of supply: the invoice is raised before or when the subscription is paid for, so its date.</summary>
    public DateOnly TaxPointOn { get; init; }

    public string? SupplierName { get; init; }

    public string? SupplierAddressLine1 { get; init; }

    public string? SupplierAddressLine2 { get; init; }

    public string? SupplierTown { get; init; }

    public string? SupplierPostcode { get; init; }

    public string? SupplierVatNumber { get; init; }

    public string? CustomerAddressLine1 { get; init; }

    public string? CustomerTown { get; init; }

    public string? CustomerPostcode { get; init; }

    /// <summary>For an upgrade's invoice: the package it buys, which applies once the invoice is paid (ADR 0018).</summary>
    public Guid? UpgradeToPackageId { get; init; }

    public string? UpgradeToPackageName { get; init; }

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

    /// <summary>VAT by treatment and rate: each rate's VAT is worked out on the sum of its lines, to the nearest penny.</summary>
    public static IReadOnlyList<InvoiceVatDto> VatByRate(IEnumerable<InvoiceLine> lines) =>
        lines.GroupBy(l => new VatCharge(l.VatTreatment, l.VatRatePercent))
            .Select(g => new InvoiceVatDto(g.Key.Treatment, g.Key.RatePercent, g.Sum(l => l.AmountPence), g.Key.On(g.Sum(l => l.AmountPence))))
            .OrderBy(v => v.Treatment).ThenBy(v => v.RatePercent)
            .ToList();

    public InvoiceDto ToDto(DateOnly today) => new(Id, Number, ReferenceFor(Number), SubscriptionId, SchoolId, SchoolName, PurchaseOrderNumber,
        IssuedOn, DueOn, Status, Lines.OrderBy(l => l.Position).Select(l => l.ToDto()).ToList(),
        NetPence, VatPence, PaidAt, IsOverdue(today), PaidBy, PaymentReference, RefundedAt, TaxPointOn,
        new InvoicePartiesDto(SupplierName ?? string.Empty, new PostalAddressDto(SupplierAddressLine1, SupplierAddressLine2, SupplierTown, SupplierPostcode),
            SupplierVatNumber, new PostalAddressDto(CustomerAddressLine1, null, CustomerTown, CustomerPostcode)),
        VatByRate(Lines), UpgradeToPackageName);
}
