namespace EqualityMark.Host.Platform;

internal enum OutboundEmailStatus
{
    Pending,
    Sent,

    /// <summary>No mail server is configured (local runs): kept for the mail viewer, not delivered.</summary>
    Recorded,

    /// <summary>Refused by the mail server for good (5xx), or still failing after every retry.</summary>
    Failed,
}
