using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Email;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Email;

/// <summary>The email outbox sent through a real SMTP conversation (MailKit against a fake server on loopback).</summary>
[Collection(AppTestGroup.Name)]
public sealed class SmtpDeliveryTests(AppFixture app)
{
    [Fact]
    public async Task An_email_is_delivered_once_with_its_sender_recipient_subject_and_body_even_with_two_dispatchers()
    {
        await using var server = new FakeSmtpServer();
        await using var host = new SmtpHost(app, server);
        var recipients = Enumerable.Range(1, 6).Select(n => Unique($"delivered{n}")).ToList();
        foreach (var to in recipients)
        {
            await host.QueueAsync(app.Lancashire, to, "Your place at the network meeting", $"Dear {to},\nSee you on Tuesday at 10:00.");
        }

        var second = host.SecondDispatcher();
        await Task.WhenAll(host.DispatchAsync(app.Lancashire), second.DispatchAsync(app.Lancashire, CancellationToken.None));
        await host.DispatchAsync(app.Lancashire);

        foreach (var to in recipients)
        {
            var received = Assert.Single(server.To(to));
            Assert.Equal(SmtpHost.From, received.Sender);
            Assert.Equal(SmtpHost.From, received.Message.From.Mailboxes.Single().Address);
            Assert.Equal(to, received.Message.To.Mailboxes.Single().Address);
            Assert.Equal("Your place at the network meeting", received.Message.Subject);
            Assert.Contains("See you on Tuesday at 10:00.", received.Message.TextBody, StringComparison.Ordinal);
            Assert.Equal("Sent", (await host.EmailToAsync(app.Lancashire, to)).Status);
        }

        Assert.Empty(server.Logins);
    }

    [Fact]
    public async Task A_mailbox_the_server_refuses_is_failed_at_once_and_shown_on_the_mail_page()
    {
        await using var server = new FakeSmtpServer();
        await using var host = new SmtpHost(app, server);
        var to = Unique("nobody");
        server.RejectRecipient(to);
        await host.QueueAsync(app.Lancashire, to, "Invitation", "Hello");

        await host.DispatchAsync(app.Lancashire);
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.DispatchAsync(app.Lancashire);

        var email = await host.EmailToAsync(app.Lancashire, to);
        Assert.Equal("Failed", email.Status);
        Assert.Equal(DeliveryStatusLabel.Failed, email.StatusLabel);
        Assert.Equal(1, email.Attempts);
        Assert.StartsWith("550 ", email.Error, StringComparison.Ordinal);
        Assert.Empty(server.To(to));

        var admin = await app.SignInAsync("lancashire", "admin");
        var page = await admin.GetStringAsync("/admin/mail");
        Assert.Contains(to, page, StringComparison.Ordinal);
        Assert.Contains("Could not be delivered", page, StringComparison.Ordinal);
        Assert.Contains("Recipient address rejected", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_turns_the_connection_away_is_tried_again_after_the_back_off_and_then_delivers()
    {
        await using var server = new FakeSmtpServer();
        await using var host = new SmtpHost(app, server);
        var to = Unique("later");
        server.TurnAwayNextConnections(1);
        await host.QueueAsync(app.Lancashire, to, "Reminder", "Tomorrow");

        await host.DispatchAsync(app.Lancashire);
        var waiting = await host.EmailToAsync(app.Lancashire, to);
        Assert.Equal("Pending", waiting.Status);
        Assert.Equal("Not delivered yet, trying again", waiting.StatusLabel);
        Assert.StartsWith("421 ", waiting.Error, StringComparison.Ordinal);

        var connections = server.Connections;
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await host.DispatchAsync(app.Lancashire);
        Assert.Equal(connections, server.Connections);
        Assert.Empty(server.To(to));

        host.Clock.Advance(TimeSpan.FromSeconds(31));
        await host.DispatchAsync(app.Lancashire);
        Assert.Single(server.To(to));
        var sent = await host.EmailToAsync(app.Lancashire, to);
        Assert.Equal("Sent", sent.Status);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_given_up_on_after_the_configured_attempts()
    {
        await using var server = new FakeSmtpServer();
        await using var host = new SmtpHost(app, server);
        var to = Unique("unreachable");
        server.TurnAwayNextConnections(int.MaxValue);
        await host.QueueAsync(app.Lancashire, to, "Reminder", "Tomorrow");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await host.DispatchAsync(app.Lancashire);
            host.Clock.Advance(TimeSpan.FromHours(1));
        }

        var email = await host.EmailToAsync(app.Lancashire, to);
        Assert.Equal("Failed", email.Status);
        Assert.Equal(3, email.Attempts);
        Assert.Equal(DeliveryStatusLabel.Failed, email.StatusLabel);
    }

    [Fact]
    public async Task The_configured_user_name_and_password_are_used_to_authenticate()
    {
        await using var server = new FakeSmtpServer();
        var password = $"pw-{Guid.NewGuid():N}";
        await using var host = new SmtpHost(app, server, "mailer@lancashire.example", password);
        var to = Unique("authenticated");
        await host.QueueAsync(app.Lancashire, to, "Signed in", "Body");

        await host.DispatchAsync(app.Lancashire);

        Assert.Equal(("mailer@lancashire.example", password), Assert.Single(server.Logins));
        Assert.Single(server.To(to));
    }

    [Fact]
    public async Task A_refused_login_is_retried_later_and_the_password_appears_in_no_log_or_error()
    {
        await using var server = new FakeSmtpServer { RejectsLogins = true };
        var password = $"pw-{Guid.NewGuid():N}";
        await using var host = new SmtpHost(app, server, "mailer@lancashire.example", password);
        var to = Unique("refused-login");
        await host.QueueAsync(app.Lancashire, to, "Signed in", "Body");

        await host.DispatchAsync(app.Lancashire);

        var email = await host.EmailToAsync(app.Lancashire, to);
        Assert.Equal("Pending", email.Status);
        Assert.Contains("535", email.Error, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, line => line.Contains(email.Id.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(password, email.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_mail_server_an_email_is_kept_for_the_mail_page_and_not_sent()
    {
        var to = Unique("local");
        await using (var scope = app.Scope(app.Lancashire))
        {
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().QueueAsync(new EmailMessage(to, "Kept", "Body", "Test"), CancellationToken.None);
        }

        var email = Assert.Single(await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(to)));
        Assert.Equal("Recorded", email.Status);
        Assert.Equal("Kept here, not sent (no mail server)", email.StatusLabel);
        Assert.Equal(0, email.Attempts);
    }

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}@example.org";
}
