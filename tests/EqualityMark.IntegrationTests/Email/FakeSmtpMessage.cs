using MimeKit;

namespace EqualityMark.IntegrationTests.Email;

/// <summary>One message the fake server accepted: the envelope and the message as sent.</summary>
internal sealed record FakeSmtpMessage(string Sender, IReadOnlyList<string> Recipients, MimeMessage Message);
