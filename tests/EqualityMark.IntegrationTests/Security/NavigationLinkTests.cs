using System.Net;
using System.Text.RegularExpressions;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>People are offered only links their role may open: every header link answers 200, and pages leave out links to pages they would refuse.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class NavigationLinkTests(AppFixture app)
{
    [Theory]
    [InlineData("advisor")]
    [InlineData("admin")]
    [InlineData("coordinator")]
    [InlineData("member")]
    public async Task Every_header_link_opens(string user)
    {
        var client = await app.SignInAsync("lancashire", user);
        var links = HeaderLinks(await client.GetStringAsync("/"));
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(await OpensAsync(client, link), $"{user}: {link}");
        }
    }

    [Fact]
    public async Task An_advisor_is_not_offered_settings_pages_and_your_visits_are_their_own()
    {
        var advisor = await app.SignInAsync("lancashire", "advisor");
        var admin = await app.SignInAsync("lancashire", "admin");
        foreach (var (page, settings) in new[] { ("/events", "/events/settings"), ("/audit/schools", "/audit/settings"), ("/action-plan/schools", "/action-plan/settings") })
        {
            Assert.DoesNotContain($"href=\"{settings}\"", await advisor.GetStringAsync(page), StringComparison.Ordinal);
            Assert.False(await OpensAsync(advisor, settings));
            Assert.Contains($"href=\"{settings}\"", await admin.GetStringAsync(page), StringComparison.Ordinal);
        }

        var subscriptions = await advisor.GetStringAsync("/admin/subscriptions");
        Assert.DoesNotContain("href=\"/admin/sign-ups\"", subscriptions, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/invoices\"", subscriptions, StringComparison.Ordinal);

        var home = await advisor.GetStringAsync("/");
        Assert.Contains("href=\"/visits?mine=true\">Your visits</a>", home, StringComparison.Ordinal);
        var own = await advisor.GetStringAsync("/visits?mine=true");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Your visits</h1>", own, StringComparison.Ordinal);
    }

    /// <summary>The page answers 200, following a redirect to another page (school users' "Our school" goes to their own), but not to the refusal page.</summary>
    private static async Task<bool> OpensAsync(HttpClient client, string link)
    {
        var response = await client.GetAsync(link);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next && !next.OriginalString.Contains("/error/", StringComparison.Ordinal))
        {
            response = await client.GetAsync(next);
        }

        return response.StatusCode == HttpStatusCode.OK;
    }

    private static List<string> HeaderLinks(string html) =>
        HeaderLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("class=\"govuk-service-navigation__link\" href=\"([^\"]+)\"")]
    private static partial Regex HeaderLink();
}
