using System.Globalization;

namespace EqualityMark.Shared.Web;

/// <summary>
/// The three boxes of a GOV.UK date input (day, month, year), bound as text so that whatever a person typed
/// comes back to them unchanged when something is wrong. <see cref="ProblemFor"/> says what is wrong in the
/// design system's words and <see cref="PartsInError"/> which boxes to mark.
/// </summary>
public sealed class DateInput
{
    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when the boxes are empty or do not make a real date (see <see cref="IsReal"/>).</summary>
    public DateOnly? Date =>
        Number(Day) is { } d && Number(Month) is { } m && Number(Year) is { } y
        && y is >= FirstYear and <= LastYear && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>False when something was typed that is not a real date.</summary>
    public bool IsReal => IsEmpty || Date is not null;

    /// <summary>The boxes left empty ("day", "month", "year"), when some but not all were filled in.</summary>
    public IReadOnlyList<string> MissingParts =>
        IsEmpty ? [] : [.. new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1)];

    /// <summary>
    /// The boxes to mark as wrong ("day", "month", "year") when the date is not real: the empty ones, else the ones
    /// holding something that cannot be a day, month or year, else the day (too big for its month, as 31 February).
    /// </summary>
    public IReadOnlyList<string> PartsInError
    {
        get
        {
            if (IsReal)
            {
                return [];
            }

            if (MissingParts is { Count: > 0 } missing)
            {
                return missing;
            }

            var wrong = new List<string>();
            if (Number(Day) is not (>= 1 and <= 31))
            {
                wrong.Add("day");
            }

            if (Number(Month) is not (>= 1 and <= 12))
            {
                wrong.Add("month");
            }

            if (!YearHasFourNumbers)
            {
                wrong.Add("year");
            }

            return wrong.Count > 0 ? wrong : ["day"];
        }
    }

    /// <summary>
    /// What is wrong with what was typed, in GOV.UK's words, starting with <paramref name="label"/> ("Date of the visit
    /// must include a month", "… must be a real date"); null when the date is real or nothing was typed.
    /// </summary>
    public string? ProblemFor(string label)
    {
        if (IsReal)
        {
            return null;
        }

        if (MissingParts is { Count: > 0 } missing)
        {
            return $"{label} must include a {string.Join(" and ", missing)}";
        }

        return Number(Year) is not null && !YearHasFourNumbers && Number(Day) is >= 1 and <= 31 && Number(Month) is >= 1 and <= 12
            ? $"{label} must include a year with 4 numbers, for example 2027"
            : $"{label} must be a real date, for example 27 3 2027";
    }

    private bool YearHasFourNumbers => Year?.Trim() is { Length: 4 } && Number(Year) is >= FirstYear and <= LastYear;

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();
}
