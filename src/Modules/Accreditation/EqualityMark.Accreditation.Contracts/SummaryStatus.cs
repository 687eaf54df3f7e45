namespace EqualityMark.Accreditation.Contracts;

/// <summary>Where a school's accreditation summary for one badge has got to.</summary>
public enum SummaryStatus
{
    /// <summary>Being written by the school; not yet sent.</summary>
    Draft,

    /// <summary>Sent to the authority and waiting for its desk check.</summary>
    Sent,

    /// <summary>Returned by the desk check with comments; the school revises and sends it again.</summary>
    Returned,

    /// <summary>Accepted at the desk check; to be verified at the school's accreditation visit.</summary>
    Accepted,

    /// <summary>Verified at the visit and not awarded yet; the school revises it with the advisor's next steps.</summary>
    NotYet,

    /// <summary>Verified at the visit and the badge awarded. Closed.</summary>
    Awarded,
}
