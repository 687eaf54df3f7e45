namespace EqualityMark.Shared.Time;

/// <summary>The English school year, 1 September to 31 August, named by the year it starts in (2026 = 2026/27).</summary>
public static class AcademicYear
{
    public static int For(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    public static int For(DateTimeOffset moment) => For(DateOnly.FromDateTime(UkTime.ToLondon(moment).DateTime));

    public static string Label(int startYear) => $"{startYear}/{(startYear + 1) % 100:00}";

    public static DateOnly Start(int startYear) => new(startYear, 9, 1);

    public static DateOnly End(int startYear) => new(startYear + 1, 8, 31);
}
