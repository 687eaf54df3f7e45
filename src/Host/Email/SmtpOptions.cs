namespace EqualityMark.Host.Email;

/// <summary>Mail server settings (section "Email:Smtp"). Without a host, emails are only recorded for the mail viewer.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@equalitymark.example";
}
