namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>The red/amber/green rating of an action's progress: off track, some concern, on track.</summary>
public enum ProgressRating
{
    Red,
    Amber,
    Green,
}
