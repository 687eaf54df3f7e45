namespace EqualityMark.Shared.Email;

/// <summary>Queues an email in the current unit of work; it is sent after the change commits.</summary>
public interface IEmailOutbox
{
    Task QueueAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>Queues several in one write (a daily job's reminders).</summary>
    Task QueueAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken);
}
