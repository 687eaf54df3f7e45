using System.Globalization;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>How an upgrade's price is worked out, in words: the invoice line and the check-your-answers page say the same.</summary>
public static class UpgradeLine
{
    private static readonly CultureInfo UnitedKingdom = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(UpgradeQuoteDto q) =>
        $"Upgrade from {q.FromPackageName} to {q.ToPackageName}, {Months(q)}: {Working(q)}";

    public static string Months(UpgradeQuoteDto q) =>
        $"{q.MonthsLeft.ToString(CultureInfo.InvariantCulture)} of 12 months ({q.FirstMonth.ToString("MMMM yyyy", UnitedKingdom)} to {q.PeriodEnd.ToString("MMMM yyyy", UnitedKingdom)})";

    public static string Working(UpgradeQuoteDto q) =>
        $"({Money.Format(q.ToPricePence)} − {Money.Format(q.FromPricePence)}) × {q.MonthsLeft.ToString(CultureInfo.InvariantCulture)}/12 = {Money.Format(q.NetPence)}";
}
