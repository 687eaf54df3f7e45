using System.Text.RegularExpressions;

namespace EqualityMark.Subscriptions.Features.Settings;

/// <summary>
/// A UK VAT registration number: GB, then 9 digits (or 12: a branch's 3 after them). The 9 digits pass HMRC's check:
/// the first 7 weighted 8 down to 2, added to the last 2, is a multiple of 97 — or is after adding 55 (the "9755" series).
/// </summary>
public static partial class UkVatNumber
{
    /// <summary>Upper case without spaces, so "gb 980 7806 84" is stored and printed as GB980780684.</summary>
    public static string Normalise(string text) => Spaces().Replace(text, string.Empty).ToUpperInvariant();

    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var number = Normalise(text);
        if (!Shape().IsMatch(number))
        {
            return false;
        }

        var digits = number[2..11].Select(c => c - '0').ToArray();
        var weighted = digits.Take(7).Select((d, i) => d * (8 - i)).Sum();
        var total = weighted + (digits[7] * 10) + digits[8];
        return total % 97 == 0 || (total + 55) % 97 == 0;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^GB([0-9]{9}|[0-9]{12})$")]
    private static partial Regex Shape();
}
