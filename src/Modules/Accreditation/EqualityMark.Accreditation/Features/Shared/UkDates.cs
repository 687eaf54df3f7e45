using System.Globalization;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>Dates as the certificate and the public pages write them: "28 November 2026".</summary>
internal static class UkDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
