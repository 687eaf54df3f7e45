using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Disclosure;
using System.Globalization;

namespace EqualityMark.Accreditation.Features.Dashboard;

/// <summary>
/// One dashboard figure (schools holding a badge, holding the Mark, or summaries waiting) in the view asked for.
/// Each phase's count and the all-phases count are protected together, so a withheld phase cannot be had by
/// subtracting the other phases from the whole (ADR 0021).
/// </summary>
internal static class DashboardFigures
{
    public const string Withheld = "not shown";

    public static string Show(IReadOnlyDictionary<SchoolPhase, int> byPhase, SchoolPhase? view, int threshold)
    {
        var table = new LinkedCounts();
        var phases = byPhase.ToDictionary(p => p.Key, p => table.Add(p.Value));
        var all = table.Add(byPhase.Values.Sum());
        table.SumOfViews(all, phases.Values.ToList(), phases.Values.ToList());
        var withheld = table.Protect(threshold);
        var index = view is { } phase ? phases.GetValueOrDefault(phase, -1) : all;
        return index < 0 ? "0" : withheld[index] ? Withheld : table.Value(index).ToString(CultureInfo.InvariantCulture);
    }
}
