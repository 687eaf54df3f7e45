using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// The all-authorities figures for each year and phase, protected before anyone can read them (ADR 0040):
/// <list type="bullet">
/// <item>a year and phase is left out unless at least <see cref="MinimumAuthorities"/> authorities contribute, its
/// schools reach the strictest threshold among them, and the schools outside any one authority are none or reach it
/// too — so no authority can take its own figures away and be left with one other authority's, or a small group;</item>
/// <item>a count is withheld when it is small (1 to threshold − 1), or when taking any one contributing authority's
/// own count away from it leaves a small count;</item>
/// <item>when one of a cell's three counts is withheld, the smallest other one is too (non-zero first), because the
/// schools that rated the cell could otherwise give it back.</item>
/// </list>
/// </summary>
internal static class NationalFigures
{
    public const int MinimumAuthorities = 3;

    public static List<NationalBenchmarkCount> Compute(IReadOnlyList<ContributedCount> rows, DateTimeOffset computedAt)
    {
        var result = new List<NationalBenchmarkCount>();
        foreach (var group in rows.Where(r => r.Schools > 0).GroupBy(r => (r.AcademicYear, r.Phase)))
        {
            var schoolsByAuthority = group.GroupBy(r => r.TenantId).ToDictionary(g => g.Key, g => g.First().Schools);
            var threshold = group.Max(r => r.Threshold);
            var schools = schoolsByAuthority.Values.Sum();
            if (schoolsByAuthority.Count < MinimumAuthorities || schools < threshold
                || schoolsByAuthority.Values.Any(own => IsSmall(schools - own, threshold)))
            {
                continue;
            }

            foreach (var cell in group.GroupBy(r => (r.ElementKey, r.StrandKey)))
            {
                var byAuthority = cell.ToList();
                int[] totals = [byAuthority.Sum(r => r.Red), byAuthority.Sum(r => r.Amber), byAuthority.Sum(r => r.Green)];
                var withheld = Protect(totals, byAuthority.Select(r => new[] { r.Red, r.Amber, r.Green }).ToList(), threshold);
                int? Shown(int index) => withheld[index] ? null : totals[index];
                result.Add(new NationalBenchmarkCount
                {
                    AcademicYear = group.Key.AcademicYear,
                    Phase = group.Key.Phase,
                    ElementKey = cell.Key.ElementKey,
                    StrandKey = cell.Key.StrandKey,
                    Red = Shown(0),
                    Amber = Shown(1),
                    Green = Shown(2),
                    Schools = schools,
                    Authorities = schoolsByAuthority.Count,
                    Threshold = threshold,
                    ComputedAt = computedAt,
                });
            }
        }

        return result;
    }

    /// <summary>Which of the cell's red, amber and green totals must be withheld.</summary>
    public static bool[] Protect(IReadOnlyList<int> totals, IReadOnlyList<int[]> ownCounts, int threshold)
    {
        var withheld = totals.Select((total, i) => IsSmall(total, threshold) || ownCounts.Any(own => IsSmall(total - own[i], threshold))).ToArray();
        if (withheld.Count(w => w) == 1)
        {
            var complement = Enumerable.Range(0, totals.Count).Where(i => !withheld[i])
                .OrderBy(i => totals[i] == 0).ThenBy(i => totals[i]).First();
            withheld[complement] = true;
        }

        return withheld;
    }

    private static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;
}
