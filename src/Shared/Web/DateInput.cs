using System.Globalization;

namespace EqualityMark.Shared.Web;

/// <summary>
/// The three boxes of a GOV.UK date input (day, month, year), bound as text so that whatever a person typed
/// comes back to them unchanged when something is wrong.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when the boxes are empty or do not make a real date (see <see cref="IsReal"/>).</summary>
    public DateOnly? Date =>
        int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>False when something was typed that is not a real date.</summary>
    public bool IsReal => IsEmpty || Date is not null;

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();
}
