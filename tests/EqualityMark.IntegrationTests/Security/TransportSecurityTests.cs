using System.Net;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Behind the TLS proxy: forwarded headers believed only from it, Secure __Host- cookies, HSTS, API answers not stored.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TransportSecurityTests(AppFixture app)
{
    [Fact]
    public async Task Behind_the_proxy_cookies_are_secure_host_cookies_and_responses_carry_hsts()
    {
        await using var host = new SecureHost(app);
        var client = host.Client("lancashire.localhost", scheme: "http");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await client.GetAsync("/account/sign-in");

        Assert.Contains("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        Assert.StartsWith("__Host-EqualityMark.Antiforgery", antiforgery, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_but_the_proxy_are_ignored()
    {
        await using var host = new SecureHost(app);
        var client = host.Client("lancashire.localhost", scheme: "http", peer: "203.0.113.9");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");

        var page = await client.GetAsync("/account/sign-in");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"), "a plain-HTTP request from a stranger is not HTTPS");
    }

    [Fact]
    public async Task Api_answers_are_never_stored_by_browsers_or_proxies()
    {
        var client = await app.SignInAsync("lancashire", "admin");
        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }
}
