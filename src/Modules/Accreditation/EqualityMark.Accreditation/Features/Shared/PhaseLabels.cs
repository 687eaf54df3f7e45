using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>School phases in the words schools use.</summary>
internal static class PhaseLabels
{
    public static string For(SchoolPhase phase) => phase switch
    {
        SchoolPhase.Nursery => "Nursery",
        SchoolPhase.Primary => "Primary",
        SchoolPhase.Secondary => "Secondary",
        SchoolPhase.AllThrough => "All-through",
        SchoolPhase.Special => "Special school",
        SchoolPhase.ShortStay => "Short stay school",
        _ => "Other",
    };
}
