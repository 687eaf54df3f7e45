using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>
/// Gives a band its name and phases among the authority's other bands: names unique whatever their case; a phase in
/// another band moves to this one, unless that band would be left with none (then refused, naming it).
/// </summary>
internal static class PhaseBandAssignment
{
    public static void Apply(PhaseBand band, IReadOnlyList<PhaseBand> others, string name, List<SchoolPhase> phases)
    {
        if (others.FirstOrDefault(b => string.Equals(b.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            throw RequestValidationException.For("Name", $"There is already a phase band called {same.Name}");
        }

        foreach (var other in others)
        {
            var moving = other.Phases.Where(phases.Contains).ToList();
            if (moving.Count > 0 && moving.Count == other.Phases.Count)
            {
                throw RequestValidationException.For("Phases",
                    $"{Names(moving)} {(moving.Count == 1 ? "is" : "are")} in the band {other.Name}, which would be left with no phases. Give {other.Name} another phase or remove it first");
            }

            other.Phases = [.. other.Phases.Except(moving)];
        }

        band.Name = name;
        band.Phases = phases;
    }

    private static string Names(IEnumerable<SchoolPhase> phases) => string.Join(", ", phases.Select(PhaseNames.Display));
}
