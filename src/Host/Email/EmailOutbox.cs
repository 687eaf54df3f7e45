using EqualityMark.Host.Platform;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using MediatR;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Email;

/// <summary>Adds the email to the outbox table; it commits (or not) with the change that caused it.</summary>
/// <remarks>Without a mail server (local runs) the email is recorded straight away for the mail viewer; nothing sends it.</remarks>
internal sealed class EmailOutbox(PlatformDbContext db, TimeProvider clock, IOptions<SmtpOptions> smtp, IMediator mediator) : IEmailOutbox
{
    private EmailSenderDto? _sender;

    public Task QueueAsync(EmailMessage message, CancellationToken cancellationToken) => QueueAsync([message], cancellationToken);

    public async Task QueueAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        // One lookup per scope: a command that emails every co-ordinator asks once.
        _sender ??= await mediator.Send(new GetEmailSenderQuery(), cancellationToken);
        var now = clock.GetUtcNow();
        var status = smtp.Value.IsConfigured ? OutboundEmailStatus.Pending : OutboundEmailStatus.Recorded;
        db.OutboundEmails.AddRange(messages.Select(message => new OutboundEmail
        {
            To = message.To,
            FromName = _sender.Name,
            ReplyTo = _sender.ReplyTo,
            Subject = message.Subject,
            Body = message.Body,
            Kind = message.Kind,
            QueuedAt = now,
            Status = status,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
