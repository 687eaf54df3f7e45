namespace EqualityMark.Audit.Domain;

/// <summary>How a grid cell is derived from its item judgements (items not yet assessed are left out).</summary>
public enum GridRule
{
    /// <summary>The lowest rating: one red item makes the cell red.</summary>
    Lowest,

    /// <summary>The most frequent rating; a tie goes to the lower rating.</summary>
    Modal,
}
