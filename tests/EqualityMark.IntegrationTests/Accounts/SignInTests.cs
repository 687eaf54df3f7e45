using System.Net;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Accounts;

[Collection(AppTestGroup.Name)]
public sealed class SignInTests(AppFixture app)
{
    [Fact]
    public async Task Each_role_lands_on_its_start_page()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var adminHome = await admin.GetStringAsync("/");
        Assert.Contains("Welcome, Alex Morgan", adminHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/people\"", adminHome, StringComparison.Ordinal);

        var member = await app.SignInAsync("lancashire", "member");
        var memberHome = await member.GetStringAsync("/");
        Assert.Contains("Reference group member", memberHome, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/people\"", memberHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_that_need_sign_in_send_a_visitor_to_the_sign_in_page()
    {
        var response = await app.Factory.ForTenant("lancashire").GetAsync("/schools");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://lancashire.localhost/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_beyond_the_role_is_forbidden()
    {
        var member = await app.SignInAsync("lancashire", "member");
        var response = await member.GetAsync("/schools/add");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/error/403", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var page = await member.GetAsync("/error/403");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        var client = app.Factory.ForTenant("northdale");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await FormPost.SignInAsync(client, "coordinator2@northdale.example", "not-the-password");
        }

        // The right password is refused while locked, with the same words an unknown email gets.
        var response = await FormPost.SignInAsync(client, "coordinator2@northdale.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unknown = await FormPost.SignInAsync(client, "nobody@northdale.example");
        var message = ErrorText(await response.Content.ReadAsStringAsync());
        Assert.Contains("not right", message, StringComparison.Ordinal);
        Assert.Equal(ErrorText(await unknown.Content.ReadAsStringAsync()), message);
        Assert.DoesNotContain("locked", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await app.Factory.ForTenant("lancashire").GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static string ErrorText(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "govuk-error-message\">(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value.Trim();
}
