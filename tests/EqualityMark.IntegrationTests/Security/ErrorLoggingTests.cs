using System.Net;
using System.Text.RegularExpressions;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Logs carry no secrets, ordinary refusals are not errors, and a real failure is logged where it happened with the reference the page shows.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class ErrorLoggingTests(AppFixture app)
{
    [Fact]
    public async Task A_calendar_feed_token_never_reaches_the_log()
    {
        await using var host = new SecureHost(app);
        const string token = "secret-feed-token-4f1c9a";

        await host.Client("lancashire.localhost").GetAsync($"/api/v1/calendar/feed/{token}.ics");
        await host.Client("lancashire.localhost").GetAsync($"/account/reset-password?user={Guid.NewGuid()}&token={token}");

        Assert.Contains(host.Logs.Lines, line => line.Contains("/api/v1/calendar/feed/[hidden]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Not_found_and_forbidden_are_not_logged_as_errors()
    {
        await using var host = new SecureHost(app);
        var client = host.Client("lancashire.localhost");
        var signIn = await FormPost.SignInAsync(client, "coordinator@lancashire.example");
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, await signIn.Content.ReadAsStringAsync());

        var refusals = new[]
        {
            await client.GetAsync($"/api/v1/schools/{Guid.NewGuid()}"),
            await client.GetAsync("/api/v1/admin/audit-log"),
            await client.GetAsync("/no-such-page"),
        };

        Assert.All(refusals, r => Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{r.RequestMessage?.RequestUri}: {r.StatusCode}"));
        Assert.DoesNotContain(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_is_logged_with_the_path_asked_for_and_the_reference_the_page_shows()
    {
        await using var host = new SecureHost(app);
        var client = host.Client("lancashire.localhost");
        client.DefaultRequestHeaders.Add("X-Test-Fail", "yes");

        var page = await client.GetAsync("/programme");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var reference = ReferencePattern().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", reference);
        var logged = Assert.Single(host.Logs.Lines, line => line.Contains("Unhandled exception", StringComparison.Ordinal));
        Assert.Contains("/programme", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("/error/exception", logged, StringComparison.Ordinal);
        Assert.Contains(reference, logged, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-trace-id>([0-9a-f]+)<")]
    private static partial Regex ReferencePattern();
}
