namespace EqualityMark.Shared.Email;

/// <summary>Queues an email in the current unit of work; it is sent after the change commits.</summary>
public interface IEmailOutbox
{
    Task QueueAsync(EmailMessage message, CancellationToken cancellationToken);
}
