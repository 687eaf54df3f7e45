using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>An authority's developer reads how to authenticate (axe-checked) and opens the interactive API reference, which renders the OpenAPI document.</summary>
[Collection(BrowserSuite.Name)]
public sealed class DevelopersJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_developer_reads_how_to_sign_in_and_opens_the_api_reference()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.TenantUrl("lancashire", "/developers"));
        await Expect(page.Heading()).ToHaveTextAsync("Using the API");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await using var strictContext = await fixture.NewContextAsync();
        var reference = await strictContext.NewPageAsync();
        var blocked = new List<string>();
        reference.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };
        await reference.GotoAsync(fixture.TenantUrl("lancashire", "/api-reference"));
        await Expect(reference.Locator("body")).ToContainTextAsync("Audit log", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        Assert.Empty(blocked);
    }
}
