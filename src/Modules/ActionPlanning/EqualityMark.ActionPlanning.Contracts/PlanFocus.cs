namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>How a school focuses its plan: one strand at a time, or one element across all strands.</summary>
public enum PlanFocus
{
    ByStrand,
    ByElement,
}
