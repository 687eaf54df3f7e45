using EqualityMark.Host.Platform;
using EqualityMark.Shared.Email;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Email;

internal sealed class PlatformMail(IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<PlatformMail> logger) : IPlatformMail
{
    public async Task<bool> SendNowAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!smtp.Value.IsConfigured)
        {
            logger.LogWarning("No mail server is configured: the {Kind} email to an operator was not sent", message.Kind);
            return false;
        }

        await using var sender = new SmtpMailSender(smtp.Value);
        var email = new OutboundEmail { To = message.To, Subject = message.Subject, Body = message.Body, Kind = message.Kind, QueuedAt = clock.GetUtcNow() };
        var result = await sender.SendAsync(email, cancellationToken);
        if (result.Outcome != DeliveryOutcome.Delivered)
        {
            logger.LogWarning("The {Kind} email to an operator could not be delivered: {Reason}", message.Kind, result.Error);
        }

        return result.Outcome == DeliveryOutcome.Delivered;
    }
}
