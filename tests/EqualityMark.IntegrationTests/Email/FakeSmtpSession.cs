using System.Text;
using MimeKit;

namespace EqualityMark.IntegrationTests.Email;

/// <summary>The conversation on one client connection to <see cref="FakeSmtpServer"/>.</summary>
internal sealed class FakeSmtpSession(StreamReader reader, StreamWriter writer, FakeSmtpServer server)
{
    private readonly List<string> _recipients = [];
    private string? _sender;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (server.TurnAway())
        {
            await ReplyAsync("421 4.3.2 Service not available, closing transmission channel");
            return;
        }

        await ReplyAsync("220 fake.smtp.test ESMTP ready");
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line && await HandleAsync(line, cancellationToken))
            {
            }
        }
        catch (IOException)
        {
            // The client went away mid-conversation.
        }
    }

    private async Task<bool> HandleAsync(string line, CancellationToken cancellationToken)
    {
        var verb = line.Split(' ', 2)[0].ToUpperInvariant();
        switch (verb)
        {
            case "EHLO":
                await ReplyAsync("250-fake.smtp.test\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10485760");
                break;
            case "HELO":
            case "NOOP":
                await ReplyAsync("250 OK");
                break;
            case "AUTH":
                await AuthenticateAsync(line, cancellationToken);
                break;
            case "MAIL":
                _sender = Address(line);
                _recipients.Clear();
                await ReplyAsync("250 2.1.0 OK");
                break;
            case "RCPT":
                var recipient = Address(line);
                if (server.Rejects(recipient))
                {
                    await ReplyAsync($"550 5.1.1 <{recipient}>: Recipient address rejected: User unknown");
                }
                else
                {
                    _recipients.Add(recipient);
                    await ReplyAsync("250 2.1.5 OK");
                }

                break;
            case "DATA":
                await ReceiveDataAsync(cancellationToken);
                break;
            case "RSET":
                _sender = null;
                _recipients.Clear();
                await ReplyAsync("250 2.0.0 OK");
                break;
            case "QUIT":
                await ReplyAsync("221 2.0.0 Bye");
                return false;
            default:
                await ReplyAsync("502 5.5.2 Command not recognised");
                break;
        }

        return true;
    }

    private async Task AuthenticateAsync(string line, CancellationToken cancellationToken)
    {
        var parts = line.Split(' ');
        var mechanism = parts[1].ToUpperInvariant();
        string userName;
        string password;
        if (mechanism == "PLAIN")
        {
            var response = parts.Length > 2 ? parts[2] : await ChallengeAsync(string.Empty, cancellationToken);
            var fields = Decode(response).Split('\0');
            (userName, password) = (fields[1], fields[2]);
        }
        else if (mechanism == "LOGIN")
        {
            userName = Decode(parts.Length > 2 ? parts[2] : await ChallengeAsync("Username:", cancellationToken));
            password = Decode(await ChallengeAsync("Password:", cancellationToken));
        }
        else
        {
            await ReplyAsync("504 5.5.4 Unrecognised authentication type");
            return;
        }

        if (server.RejectsLogins)
        {
            await ReplyAsync("535 5.7.8 Authentication credentials invalid");
            return;
        }

        server.Logins.Enqueue((userName, password));
        await ReplyAsync("235 2.7.0 Authentication successful");
    }

    private async Task<string> ChallengeAsync(string prompt, CancellationToken cancellationToken)
    {
        await ReplyAsync("334 " + Convert.ToBase64String(Encoding.ASCII.GetBytes(prompt)));
        return await reader.ReadLineAsync(cancellationToken) ?? string.Empty;
    }

    private async Task ReceiveDataAsync(CancellationToken cancellationToken)
    {
        await ReplyAsync("354 End data with <CR><LF>.<CR><LF>");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()));
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        server.Messages.Enqueue(new FakeSmtpMessage(_sender ?? string.Empty, _recipients.ToList(), message));
        await ReplyAsync("250 2.0.0 Queued");
    }

    private Task ReplyAsync(string reply) => writer.WriteLineAsync(reply);

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : string.Empty;
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
}
