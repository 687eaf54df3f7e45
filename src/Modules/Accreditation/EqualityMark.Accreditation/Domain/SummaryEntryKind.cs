namespace EqualityMark.Accreditation.Domain;

/// <summary>What happened on a summary's timeline.</summary>
internal enum SummaryEntryKind
{
    Sent,
    Returned,
    Accepted,
    Awarded,
    NotYet,
    SchoolResponse,
}
