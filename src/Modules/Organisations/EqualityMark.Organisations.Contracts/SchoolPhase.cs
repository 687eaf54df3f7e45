using System.ComponentModel.DataAnnotations;

namespace EqualityMark.Organisations.Contracts;

/// <summary>School phases as the DfE names them; the price band of a package follows the phase. Read them with EnumNames.Of.</summary>
public enum SchoolPhase
{
    [Display(Name = "Nursery")]
    Nursery,
    [Display(Name = "Primary")]
    Primary,
    [Display(Name = "Secondary")]
    Secondary,
    [Display(Name = "All-through")]
    AllThrough,
    [Display(Name = "Special")]
    Special,
    [Display(Name = "Short stay")]
    ShortStay,
}
