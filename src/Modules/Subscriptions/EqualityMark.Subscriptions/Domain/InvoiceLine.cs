using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

internal sealed class InvoiceLine : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid InvoiceId { get; init; }

    public int Position { get; init; }

    public required string Description { get; init; }

    public int Quantity { get; init; } = 1;

    /// <summary>Excluding VAT.</summary>
    public long UnitPricePence { get; init; }

    /// <summary>Quantity × unit price, excluding VAT.</summary>
    public long AmountPence { get; init; }

    public VatTreatment VatTreatment { get; init; }

    public int VatRatePercent { get; init; }

    public InvoiceLineDto ToDto() => new(Description, AmountPence, Quantity, UnitPricePence, VatTreatment, VatRatePercent);
}
