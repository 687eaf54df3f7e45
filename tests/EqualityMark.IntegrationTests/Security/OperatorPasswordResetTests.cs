using System.Net;
using System.Text.RegularExpressions;
using EqualityMark.IntegrationTests.Email;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Operators have no authority and no outbox: their reset link is emailed at once, works once, and ends their sessions.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class OperatorPasswordResetTests(AppFixture app)
{
    private const string Operator = "operator@equalitymark.example";

    [Fact]
    public async Task An_operator_resets_their_password_once_by_email_and_other_sessions_end()
    {
        await using var server = new FakeSmtpServer();
        await using var host = new SmtpHost(app, server);
        var elsewhere = await app.SignInOperatorAsync();
        var client = host.ForPlatform();

        var link = await RequestLinkAsync(client, server);
        Assert.Contains("Choose a new password", await client.GetStringAsync(link), StringComparison.Ordinal);
        var tooShort = await SubmitAsync(client, link, "short");
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string newPassword = "operators new passphrase";
        Assert.Equal("/platform/sign-in?done=password-changed", (await SubmitAsync(client, link, newPassword)).Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/platform/tenants")).StatusCode);
        Assert.Contains("This link no longer works", await client.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(newPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(EqualityMarkAppFactory.DemoPassword)).StatusCode);

        // Two uses of one link at once: one wins. This also puts the demo password back.
        var second = await RequestLinkAsync(client, server);
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FormPost.PrepareAsync(host.ForPlatform(), second, Passwords(EqualityMarkAppFactory.DemoPassword))));
        var attempts = await Task.WhenAll(opened.Select(post => post()));
        Assert.Single(attempts, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(EqualityMarkAppFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task An_address_that_is_not_an_operators_gets_the_same_answer_and_no_email()
    {
        await using var server = new FakeSmtpServer();
        await using var host = new SmtpHost(app, server);

        var response = await FormPost.SubmitAsync(host.ForPlatform(), "/platform/forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = "admin@lancashire.example" });

        Assert.Equal("/platform/forgot-password/check-your-email", response.Headers.Location?.OriginalString);
        Assert.Empty(server.Messages);
    }

    private static async Task<string> RequestLinkAsync(HttpClient client, FakeSmtpServer server)
    {
        var before = server.To(Operator).Count;
        var response = await FormPost.SubmitAsync(client, "/platform/forgot-password", new Dictionary<string, string> { ["Input.Email"] = Operator });
        Assert.Equal("/platform/forgot-password/check-your-email", response.Headers.Location?.OriginalString);
        var email = server.To(Operator)[before];
        return new Uri(LinkPattern().Match(email.Message.TextBody ?? string.Empty).Value).PathAndQuery;
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string link, string password) =>
        FormPost.SubmitAsync(client, link, Passwords(password));

    private static Dictionary<string, string> Passwords(string password) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    private Task<HttpResponseMessage> SignInAsync(string password) =>
        FormPost.SubmitAsync(app.Factory.ForPlatform(), "/platform/sign-in", new Dictionary<string, string> { ["Input.Email"] = Operator, ["Input.Password"] = password });

    [GeneratedRegex(@"http://localhost/platform/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}
