namespace EqualityMark.Host.Email;

internal enum DeliveryOutcome
{
    Delivered,

    /// <summary>Worth trying again later: the server was unreachable, timed out or answered 4xx.</summary>
    TemporaryFailure,

    /// <summary>Trying again cannot help: the server refused the mailbox or message with a 5xx reply.</summary>
    PermanentFailure,
}
