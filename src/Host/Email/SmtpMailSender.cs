using EqualityMark.Host.Platform;
using MailKit.Net.Smtp;
using MimeKit;

namespace EqualityMark.Host.Email;

/// <summary>
/// Hands emails to the configured SMTP server with MailKit over one connection per dispatch round,
/// opened on the first email and opened afresh after any failure.
/// </summary>
internal sealed class SmtpMailSender(SmtpOptions options) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task<DeliveryResult> SendAsync(OutboundEmail email, CancellationToken cancellationToken)
    {
        try
        {
            using var message = ToMessage(email);
            var client = await ConnectedClientAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
            return DeliveryResult.Delivered;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await CloseAsync();
            return SmtpFailure.Classify(exception);
        }
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private MimeMessage ToMessage(OutboundEmail email)
    {
        var message = new MimeMessage();
        var from = MailboxAddress.Parse(options.From);
        if (!string.IsNullOrEmpty(email.FromName))
        {
            from.Name = email.FromName;
        }

        message.From.Add(from);
        if (!string.IsNullOrEmpty(email.ReplyTo))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        }

        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };
        return message;
    }

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        var client = new SmtpClient { Timeout = (int)options.SendTimeout.TotalMilliseconds };
        _client = client;
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connectTimeout.CancelAfter(options.ConnectTimeout);
            var host = options.Host ?? throw new InvalidOperationException("No mail server is configured (Email:Smtp:Host).");
            await client.ConnectAsync(host, options.Port, options.Security, connectTimeout.Token);
        }

        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        return client;
    }

    private async Task CloseAsync()
    {
        if (_client is null)
        {
            return;
        }

        var client = _client;
        _client = null;
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException or TimeoutException)
        {
            // The connection is being dropped anyway; nothing to tell.
        }
        finally
        {
            client.Dispose();
        }
    }
}
