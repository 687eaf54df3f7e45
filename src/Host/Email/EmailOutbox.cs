using EqualityMark.Host.Platform;
using EqualityMark.Shared.Email;

namespace EqualityMark.Host.Email;

/// <summary>Adds the email to the outbox table; it commits (or not) with the change that caused it.</summary>
internal sealed class EmailOutbox(PlatformDbContext db, TimeProvider clock) : IEmailOutbox
{
    public async Task QueueAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        db.OutboundEmails.Add(new OutboundEmail
        {
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            Kind = message.Kind,
            QueuedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
