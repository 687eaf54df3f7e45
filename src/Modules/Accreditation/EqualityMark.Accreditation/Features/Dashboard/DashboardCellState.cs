namespace EqualityMark.Accreditation.Features.Dashboard;

/// <summary>Where a school stands with one badge (or the Mark), as the dashboard shows it.</summary>
internal enum DashboardCellState
{
    /// <summary>A valid award not expiring within 90 days.</summary>
    Held,

    /// <summary>A valid award expiring within 90 days.</summary>
    Expiring,

    /// <summary>A summary sent and waiting for the desk check, or accepted and waiting for the visit.</summary>
    InReview,

    /// <summary>A summary returned at the desk check, or not awarded yet at the visit.</summary>
    Returned,

    /// <summary>A summary being written.</summary>
    InProgress,

    /// <summary>Nothing held or under way.</summary>
    None,
}
