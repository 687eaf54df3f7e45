namespace EqualityMark.Subscriptions.Contracts;

public sealed record SubscriptionDto(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    string SchoolUrn,
    Guid PackageId,
    string PackageName,
    string PhaseBandName,
    long PricePence,
    long VatPence,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    SubscriptionStatus Status,
    PaymentMethod PaymentMethod,
    string? PurchaseOrderNumber,
    IReadOnlyList<PackageEntitlementDto> Includes,
    IReadOnlyList<EntitlementBalanceDto> Balances,
    IReadOnlyList<SubscriptionHistoryDto> History,
    Guid? PhaseBandId = null)
{
    public long TotalPence => PricePence + VatPence;
}
