namespace EqualityMark.Host.Email;

/// <summary>Section "Email:MailViewer". On for local runs: invitation links are visible to administrators there.</summary>
internal sealed class MailViewerOptions
{
    public bool Enabled { get; set; }
}
