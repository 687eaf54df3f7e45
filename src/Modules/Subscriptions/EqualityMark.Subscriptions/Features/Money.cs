using System.Globalization;

namespace EqualityMark.Subscriptions.Features;

/// <summary>Pounds and pence for people; pence everywhere else.</summary>
public static class Money
{
    private static readonly CultureInfo UnitedKingdom = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(long pence) =>
        pence % 100 == 0
            ? (pence / 100m).ToString("£#,##0", UnitedKingdom)
            : (pence / 100m).ToString("£#,##0.00", UnitedKingdom);

    /// <summary>Reads "440", "£1,155.50" or "990.5" as pence; false for anything else (negatives are read, and refused later).</summary>
    public static bool TryParsePounds(string? text, out long pence)
    {
        pence = 0;
        var cleaned = text?.Trim().Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pounds)
            || decimal.Round(pounds, 2) != pounds || Math.Abs(pounds) > 10_000_000m)
        {
            return false;
        }

        pence = (long)(pounds * 100m);
        return true;
    }
}
