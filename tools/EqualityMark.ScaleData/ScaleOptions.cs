using System.Globalization;

namespace EqualityMark.ScaleData;

/// <summary>
/// How much to generate. Scale 1 is England: 152 authorities, 24,000 schools, the largest authority 600 schools.
/// <paramref name="Template"/> is an existing authority (the demo's Lancashire) whose programme settings every
/// generated authority copies; <paramref name="Today"/> fixes "now" so a seed always gives the same rows.
/// </summary>
public sealed record ScaleOptions(
    string OwnerConnectionString,
    int Authorities,
    int Schools,
    int LargestAuthority,
    int Seed,
    string Template,
    DateOnly Today,
    string CodePrefix = "la",
    int BusyGridChanges = 0)
{
    public static ScaleOptions ForScale(string ownerConnectionString, double scale, int seed, string template, DateOnly today)
    {
        var authorities = Math.Max(2, (int)Math.Round(152 * scale));
        var schools = Math.Max(authorities * 5, (int)Math.Round(24_000 * scale));
        return new ScaleOptions(ownerConnectionString, authorities, schools, Math.Min(600, schools / 2), seed, template, today);
    }

    /// <summary>The school year running on <see cref="Today"/>, named by the calendar year it starts in (September).</summary>
    public int AcademicYear => Today.Month >= 9 ? Today.Year : Today.Year - 1;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Authorities} authorities, {Schools} schools (largest {LargestAuthority}), seed {Seed}, template '{Template}', today {Today:yyyy-MM-dd}");
}
