namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// An authority's subscription terms: VAT on catalogue prices, the day its subscription year starts (default 1
/// September), days to pay an invoice, and days after the end before an unrenewed subscription lapses.
/// </summary>
public sealed record SubscriptionSettingsDto(VatMode VatMode, int VatRatePercent, int YearStartMonth, int YearStartDay, int PaymentTermsDays, int LapseGraceDays);
