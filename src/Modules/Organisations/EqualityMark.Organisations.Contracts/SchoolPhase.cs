namespace EqualityMark.Organisations.Contracts;

/// <summary>School phases as the DfE names them; the price band of a package follows the phase.</summary>
public enum SchoolPhase
{
    Nursery,
    Primary,
    Secondary,
    AllThrough,
    Special,
    ShortStay,
}
