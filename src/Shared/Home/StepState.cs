namespace EqualityMark.Shared.Home;

/// <summary>How far a school has got with one programme step this year.</summary>
public enum StepState
{
    NotStarted,
    InProgress,
    Completed,
}
