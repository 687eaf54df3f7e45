namespace EqualityMark.Subscriptions.Domain;

/// <summary>
/// The proration rule for upgrades (ADR 0018): whole months of the subscription year left, counting the month the
/// upgrade is made in. A month of the year runs from the year's start day (1 September: September, October, …), so
/// on any day of September 12 months are left and on any day of August 1.
/// </summary>
internal static class UpgradeProration
{
    public const int MonthsInYear = 12;

    public static int MonthsLeft(SubscriptionPeriod period, DateOnly today)
    {
        var started = ((today.Year - period.Start.Year) * MonthsInYear) + today.Month - period.Start.Month - (today.Day < period.Start.Day ? 1 : 0);
        return Math.Clamp(MonthsInYear - started, 0, MonthsInYear);
    }

    /// <summary>The first day of the subscription month containing today.</summary>
    public static DateOnly MonthStart(SubscriptionPeriod period, DateOnly today) => period.Start.AddMonths(MonthsInYear - MonthsLeft(period, today));

    /// <summary>A year's price difference for the months left, to the nearest penny (half a penny rounds up).</summary>
    public static long Price(long yearlyDifferencePence, int monthsLeft) =>
        (long)Math.Round(yearlyDifferencePence * monthsLeft / (decimal)MonthsInYear, MidpointRounding.AwayFromZero);
}
