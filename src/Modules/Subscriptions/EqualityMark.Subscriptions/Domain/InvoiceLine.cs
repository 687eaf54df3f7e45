using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Subscriptions.Domain;

internal sealed class InvoiceLine : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid InvoiceId { get; init; }

    public int Position { get; init; }

    public required string Description { get; init; }

    public long AmountPence { get; init; }
}
