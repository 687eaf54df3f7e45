using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>One row per authority: VAT, the subscription year, payment terms, grace period and the invoice number sequence.</summary>
internal sealed class SubscriptionSettings : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public VatMode VatMode { get; set; } = VatMode.PriceIsWhatSchoolPays;

    public int VatRatePercent { get; set; } = 20;

    public int YearStartMonth { get; set; } = 9;

    public int YearStartDay { get; set; } = 1;

    public int PaymentTermsDays { get; set; } = 30;

    public int LapseGraceDays { get; set; } = 30;

    public int LastInvoiceNumber { get; set; }

    public SubscriptionPeriod PeriodContaining(DateOnly day) => SubscriptionPeriod.Containing(day, YearStartMonth, YearStartDay);

    /// <summary>
    /// The year a new subscription approved today is for: the one chosen, or by default the coming year once the
    /// current one has less than two months to run (late in the summer term nobody buys the year that is ending).
    /// </summary>
    public SubscriptionPeriod PeriodForNewSubscription(DateOnly today, SubscriptionYear? chosen)
    {
        var current = PeriodContaining(today);
        var year = chosen ?? DefaultYear(today);
        return year == SubscriptionYear.Next ? current.Following() : current;
    }

    public SubscriptionYear DefaultYear(DateOnly today) =>
        today > PeriodContaining(today).End.AddMonths(-2) ? SubscriptionYear.Next : SubscriptionYear.Current;

    public long VatOn(long pricePence) =>
        VatMode == VatMode.VatAddedToPrice ? (long)Math.Round(pricePence * VatRatePercent / 100m, MidpointRounding.AwayFromZero) : 0;
}
