namespace EqualityMark.Shared.Home;

/// <summary>Where a <see cref="HomeItem"/> appears on the home page.</summary>
public enum HomeSection
{
    /// <summary>Work waiting for this person now: sign-ups to review, a returned audit, an unpaid invoice.</summary>
    NeedsAttention,

    /// <summary>A school's six programme steps this year, shown as a task list with the next one picked out.</summary>
    ProgrammeSteps,

    /// <summary>Actions overdue or due soon.</summary>
    ActionsDue,

    /// <summary>Meetings and visits booked in the weeks ahead.</summary>
    ComingUp,
}
