using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>Which school phases no band covers: schools of those phases cannot sign up.</summary>
internal static class PhaseCoverage
{
    public static IReadOnlyList<string> Uncovered(IEnumerable<PhaseBand> bands)
    {
        var covered = bands.SelectMany(b => b.Phases).ToHashSet();
        return [.. Enum.GetValues<SchoolPhase>().Where(p => !covered.Contains(p)).Select(p => p.ToString())];
    }
}
