using MailKit.Security;

namespace EqualityMark.Host.Email;

/// <summary>Mail server settings (section "Email:Smtp"). Without a host, emails are only recorded for the mail viewer.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured; production configuration requires StartTls.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>When set, the dispatcher authenticates with it and <see cref="Password"/> (never logged).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@equalitymark.example";

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest any one SMTP command (authentication, sending a message) may take.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts for a temporary failure (connection lost, 4xx reply) before the email is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed attempt; it doubles after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
