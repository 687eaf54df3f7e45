namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// An authority's subscription terms: the VAT rate and treatment per school type, its VAT registration number and
/// postal address (both printed on every invoice), the day its subscription year starts (default 1 September), days to
/// pay an invoice, and days after the end before an unrenewed subscription lapses.
/// </summary>
public sealed record SubscriptionSettingsDto(
    int VatRatePercent,
    VatBySchoolTypeDto VatBySchoolType,
    string? VatRegistrationNumber,
    PostalAddressDto Address,
    int YearStartMonth,
    int YearStartDay,
    int PaymentTermsDays,
    int LapseGraceDays);
