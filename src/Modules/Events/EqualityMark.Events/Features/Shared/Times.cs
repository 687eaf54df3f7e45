using EqualityMark.Shared.Time;

namespace EqualityMark.Events.Features.Shared;

/// <summary>Event times as people in England read them.</summary>
public static class Times
{
    public static string Describe(DateTimeOffset moment) => UkTime.ToLondon(moment).ToString("dddd d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Day(DateTimeOffset moment) => UkTime.ToLondon(moment).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Clock(DateTimeOffset moment) => UkTime.ToLondon(moment).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date and time typed in UK time (a page's date and time fields) as an instant.</summary>
    public static DateTimeOffset? FromLondon(DateOnly? date, TimeOnly? time)
    {
        if (date is not { } d || time is not { } t)
        {
            return null;
        }

        var local = d.ToDateTime(t, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, UkTime.London.GetUtcOffset(local));
    }
}
