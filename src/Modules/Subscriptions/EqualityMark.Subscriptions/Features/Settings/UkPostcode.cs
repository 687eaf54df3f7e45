using System.Text.RegularExpressions;

namespace EqualityMark.Subscriptions.Features.Settings;

/// <summary>A UK postcode's shape (outward code, space optional, inward code), stored upper case with one space: "PR1 8XJ".</summary>
public static partial class UkPostcode
{
    public static bool IsValid(string? text) => text is not null && Shape().IsMatch(text.Trim());

    public static string Normalise(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return $"{compact[..^3]} {compact[^3..]}";
    }

    [GeneratedRegex("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")]
    private static partial Regex Shape();
}
