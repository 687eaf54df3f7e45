using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Text;

namespace EqualityMark.Subscriptions.Features;

/// <summary>School phases as people read them.</summary>
public static class PhaseNames
{
    public static string Display(SchoolPhase phase) => EnumNames.Of(phase);
}
