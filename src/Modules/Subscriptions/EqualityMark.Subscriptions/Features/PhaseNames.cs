using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>School phases as people read them.</summary>
public static class PhaseNames
{
    public static string Display(SchoolPhase phase) => phase switch
    {
        SchoolPhase.AllThrough => "All-through",
        SchoolPhase.ShortStay => "Short stay school",
        _ => phase.ToString(),
    };
}
