namespace EqualityMark.Host.Platform;

internal enum OutboundEmailStatus
{
    Pending,
    Sent,

    /// <summary>No mail server is configured (local runs): kept for the mail viewer, not delivered.</summary>
    Recorded,
    Failed,
}
