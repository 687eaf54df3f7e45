namespace EqualityMark.ActionPlanning.Domain;

internal enum PlanFocus
{
    ByStrand,
    ByElement,
}
