namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>Where an action stands. Dropped actions keep the reason they were dropped.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}
