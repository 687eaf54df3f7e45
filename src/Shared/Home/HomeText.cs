using System.Globalization;
using EqualityMark.Shared.Time;

namespace EqualityMark.Shared.Home;

/// <summary>Counts and dates written the way the home page says them.</summary>
public static class HomeText
{
    private static readonly CultureInfo UnitedKingdom = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1 sign-up", "3 sign-ups".</summary>
    public static string Count(int count, string one, string many) =>
        string.Create(UnitedKingdom, $"{count:#,##0} {(count == 1 ? one : many)}");

    /// <summary>"12 December 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UnitedKingdom);

    /// <summary>"Tuesday 12 January 2027 at 10:00am", in UK time.</summary>
    public static string Moment(DateTimeOffset moment)
    {
        var local = UkTime.ToLondon(moment);
        return local.ToString("dddd d MMMM yyyy", UnitedKingdom) + " at " + local.ToString("h:mmtt", UnitedKingdom).ToLowerInvariant();
    }
}
