using System.Net;
using System.Text.RegularExpressions;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>"Forgot your password?": a single-use link for an hour, the same answer whether or not the account exists.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class PasswordResetTests(AppFixture app)
{
    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_and_ends_every_session()
    {
        var email = "coordinator2@lancashire.example";
        var elsewhere = await app.SignInAsync("lancashire", "coordinator2");
        var client = app.Factory.ForTenant("lancashire");

        var request = await RequestResetAsync(client, email);
        Assert.Equal("/account/forgot-password/check-your-email", request.Headers.Location?.OriginalString);
        var link = new Uri(LinkPattern().Match((await LatestResetEmailAsync(email)).Body).Value);
        Assert.Contains("Choose a new password", await client.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);

        const string newPassword = "a brand new passphrase";
        var reset = await FormPost.SubmitAsync(client, link.PathAndQuery,
            new Dictionary<string, string> { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword });
        Assert.Equal("/account/sign-in?done=password-changed", reset.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), email)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), email, newPassword)).StatusCode);
        Assert.Contains("This link no longer works", await client.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);

        // Put the demo password back for other tests, through the same journey.
        await RequestResetAsync(client, email);
        var second = new Uri(LinkPattern().Match((await LatestResetEmailAsync(email)).Body).Value);
        await FormPost.SubmitAsync(client, second.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Password"] = EqualityMarkAppFactory.DemoPassword, ["Input.ConfirmPassword"] = EqualityMarkAppFactory.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), email)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email()
    {
        var client = app.Factory.ForTenant("northdale");
        var unknown = await RequestResetAsync(client, "nobody-here@northdale.example");
        var otherAuthority = await RequestResetAsync(client, "admin@lancashire.example");

        Assert.Equal("/account/forgot-password/check-your-email", unknown.Headers.Location?.OriginalString);
        Assert.Equal("/account/forgot-password/check-your-email", otherAuthority.Headers.Location?.OriginalString);
        Assert.Empty(await app.SendAsync(app.Northdale, new ListOutboundEmailsQuery("nobody-here@northdale.example")));
        Assert.DoesNotContain(await app.SendAsync(app.Northdale, new ListOutboundEmailsQuery("admin@lancashire.example")), e => e.Kind == "Password reset");
    }

    [Fact]
    public async Task A_tampered_link_shows_that_it_no_longer_works_and_a_bad_email_is_a_field_error()
    {
        var client = app.Factory.ForTenant("northdale");
        var page = await client.GetStringAsync($"/account/reset-password?user={Guid.NewGuid()}&token=forged");
        Assert.Contains("This link no longer works", page, StringComparison.Ordinal);

        var bad = await RequestResetAsync(client, "not an email");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter an email address in the correct format", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_uses_of_one_link_at_once_change_the_password_once()
    {
        var email = "advisor@northdale.example";
        var client = app.Factory.ForTenant("northdale");
        await RequestResetAsync(client, email);
        var link = new Uri(LinkPattern().Match((await LatestResetEmailAsync(email, app.Northdale)).Body).Value);

        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FormPost.PrepareAsync(app.Factory.ForTenant("northdale"), link.PathAndQuery,
            new Dictionary<string, string> { ["Input.Password"] = EqualityMarkAppFactory.DemoPassword, ["Input.ConfirmPassword"] = EqualityMarkAppFactory.DemoPassword })));
        var attempts = await Task.WhenAll(opened.Select(post => post()));

        Assert.Single(attempts, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.All(attempts.Where(a => a.StatusCode != HttpStatusCode.Redirect), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    private static Task<HttpResponseMessage> RequestResetAsync(HttpClient client, string email) =>
        FormPost.SubmitAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

    private async Task<OutboundEmailDto> LatestResetEmailAsync(string email, TenantInfo? tenant = null) =>
        (await app.SendAsync(tenant ?? app.Lancashire, new ListOutboundEmailsQuery(email))).Where(e => e.Kind == "Password reset").MaxBy(e => e.QueuedAt)!;

    [GeneratedRegex(@"http://[a-z]+\.localhost/account/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}
