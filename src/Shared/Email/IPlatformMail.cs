namespace EqualityMark.Shared.Email;

/// <summary>
/// Email to platform operators, who belong to no authority and so have no outbox: sent at once through the mail
/// server. False when no mail server is configured or it refused the message.
/// </summary>
public interface IPlatformMail
{
    Task<bool> SendNowAsync(EmailMessage message, CancellationToken cancellationToken);
}
