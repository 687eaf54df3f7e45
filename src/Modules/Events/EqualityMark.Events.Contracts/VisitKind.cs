namespace EqualityMark.Events.Contracts;

/// <summary>Visits a package can include. INSET is a school-based training session of up to two hours.</summary>
public enum VisitKind
{
    Introductory,
    Annual,
    SecondAdvisory,
    Inset,
}
