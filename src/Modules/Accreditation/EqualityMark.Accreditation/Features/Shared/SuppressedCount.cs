using System.Globalization;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>A count as the authority may show it: below its suppression threshold (and above zero) it reads "fewer than N".</summary>
internal static class SuppressedCount
{
    public static string Show(int count, int threshold) =>
        count > 0 && count < threshold
            ? $"fewer than {threshold.ToString(CultureInfo.InvariantCulture)}"
            : count.ToString(CultureInfo.InvariantCulture);
}
