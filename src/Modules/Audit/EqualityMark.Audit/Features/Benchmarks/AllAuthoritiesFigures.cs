using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>The all-authorities rows of one phase and year as the page shows them, with the reason when there are none.</summary>
internal static class AllAuthoritiesFigures
{
    public static (BenchmarkGroupDto Group, Dictionary<(string Element, string Strand), BenchmarkShareDto> Cells) For(
        IReadOnlyList<NationalBenchmarkCount> rows, bool authorityShares, int threshold)
    {
        if (!authorityShares)
        {
            return (new BenchmarkGroupDto(false, null, null, threshold,
                "Your authority does not share its figures with other authorities, so the figures for all authorities are not shown."), []);
        }

        if (rows.Count == 0)
        {
            return (new BenchmarkGroupDto(false, null, null, threshold,
                $"Figures for all authorities are shown once at least {NationalFigures.MinimumAuthorities} authorities share them and enough schools of this phase have sent their audit."), []);
        }

        var first = rows[0];
        var cells = rows.ToDictionary(r => (r.ElementKey, r.StrandKey), r => new BenchmarkShareDto(r.Red, r.Amber, r.Green, r.Schools));
        return (new BenchmarkGroupDto(true, first.Schools, first.Authorities, first.Threshold, null), cells);
    }
}
