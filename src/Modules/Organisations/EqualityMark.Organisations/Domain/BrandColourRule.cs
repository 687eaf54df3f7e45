using System.Globalization;
using System.Text.RegularExpressions;

namespace EqualityMark.Organisations.Domain;

/// <summary>A brand colour is #rrggbb and must carry white text at WCAG AA (contrast at least 4.5:1).</summary>
internal static partial class BrandColourRule
{
    public const double MinimumContrast = 4.5;

    public static bool IsHex(string? colour) => colour is not null && HexPattern().IsMatch(colour);

    /// <summary>The contrast ratio of white text on the colour (1 to 21).</summary>
    public static double ContrastWithWhite(string colour)
    {
        double Channel(int offset)
        {
            var value = int.Parse(colour.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        return 1.05 / (luminance + 0.05);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexPattern();
}
