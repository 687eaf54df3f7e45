using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Text;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>An award keeps the school's phase as its enum name; people read "All-through", not "AllThrough".</summary>
internal static class SchoolPhaseLabels
{
    public static string For(string phase) => Enum.TryParse<SchoolPhase>(phase, out var parsed) ? For(parsed) : phase;

    public static string For(SchoolPhase phase) => EnumNames.Of(phase);
}
