using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EqualityMark.IntegrationTests.Email;

/// <summary>
/// Just enough of an SMTP server on loopback for the dispatcher: EHLO, AUTH PLAIN/LOGIN, MAIL FROM, RCPT TO,
/// DATA, RSET, QUIT. It can refuse chosen recipients with 550 and turn connections away with 421.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, bool> _rejected = new(StringComparer.OrdinalIgnoreCase);
    private readonly Task _accepting;
    private int _connectionsToTurnAway;
    private int _connections;

    public FakeSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => _connections;

    public ConcurrentQueue<FakeSmtpMessage> Messages { get; } = new();

    /// <summary>User name and password of every successful AUTH, in order.</summary>
    public ConcurrentQueue<(string UserName, string Password)> Logins { get; } = new();

    /// <summary>When set, every AUTH is answered "535 authentication credentials invalid".</summary>
    public bool RejectsLogins { get; set; }

    public void RejectRecipient(string address) => _rejected[address] = true;

    /// <summary>The next connections get "421 service not available" and are closed, as a busy server does.</summary>
    public void TurnAwayNextConnections(int count) => Interlocked.Exchange(ref _connectionsToTurnAway, count);

    public IReadOnlyList<FakeSmtpMessage> To(string address) => Messages.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client, _stop.Token));
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
            await using var writer = new StreamWriter(stream, Encoding.Latin1, bufferSize: 4096, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await new FakeSmtpSession(reader, writer, this).RunAsync(cancellationToken);
        }
    }

    internal bool TurnAway() => Interlocked.Decrement(ref _connectionsToTurnAway) >= 0;

    internal bool Rejects(string address) => _rejected.ContainsKey(address);
}
