namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// An upgrade's price and its working: (new package's price − price of the package held) for a whole year, times the
/// months left of the subscription year (this month included, in London time) over 12, to the nearest penny; then VAT.
/// </summary>
public sealed record UpgradeQuoteDto(
    Guid SubscriptionId,
    string FromPackageName,
    long FromPricePence,
    Guid ToPackageId,
    string ToPackageName,
    long ToPricePence,
    long YearlyDifferencePence,
    int MonthsLeft,
    DateOnly FirstMonth,
    DateOnly PeriodEnd,
    long NetPence,
    VatTreatment VatTreatment,
    int VatRatePercent,
    long VatPence,
    string? PurchaseOrderNumber,
    bool PurchaseOrderRequired)
{
    public long TotalPence => NetPence + VatPence;
}
