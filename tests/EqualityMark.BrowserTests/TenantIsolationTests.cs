using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>Each authority's site is its own place: its own programme, its own sign-in, its own cookies.</summary>
[Collection(BrowserSuite.Name)]
public sealed class TenantIsolationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Coordinator_signed_in_on_one_authority_is_a_stranger_on_another()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var lancashire = fixture.TenantUrl("lancashire", string.Empty);
        var northdale = fixture.TenantUrl("northdale", string.Empty);

        await Journeys.SignInAsync(page, lancashire, "coordinator@lancashire.example", "Sam Taylor");
        await Expect(page.Locator(".govuk-service-navigation__service-name")).ToHaveTextAsync("Lancashire Equality and Inclusion Mark");
        await Expect(page.Locator(".em-account-bar")).ToContainTextAsync("School equality co-ordinator");

        // The same browser, the other authority's site: not signed in there.
        await page.GotoAsync(northdale + "/");
        await Expect(page.Heading()).ToHaveTextAsync("Northdale Schools Inclusion Award");
        await Expect(page.Locator(".govuk-service-navigation__service-name")).ToHaveTextAsync("Northdale Schools Inclusion Award");
        await Expect(page.Locator("main a.govuk-button--start")).ToHaveAttributeAsync("href", "/account/sign-in");
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);

        // Lancashire's account does not exist at Northdale.
        await Journeys.SubmitSignInAsync(page, northdale, "coordinator@lancashire.example");
        await Expect(page.ErrorSummary()).ToBeVisibleAsync();
        await Expect(page.ErrorSummary().Locator("h2")).ToHaveTextAsync("There is a problem");
        await Expect(page.ErrorSummary().Locator("a")).ToHaveAttributeAsync("href", "#Input_Email");
        await Expect(page).ToHaveURLAsync(Journeys.Pattern("^http://northdale\\.localhost:\\d+/account/sign-in"));
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync("coordinator@lancashire.example");

        // Every cookie the browser holds belongs to the host that set it, and Lancashire's session still stands.
        var cookies = await context.CookiesAsync();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.True(c.Domain is "lancashire.localhost" or "northdale.localhost", $"Cookie {c.Name} is for {c.Domain}"));
        Assert.Contains(cookies, c => c.Domain == "lancashire.localhost");
        await page.GotoAsync(lancashire + "/");
        await Expect(page.Heading()).ToHaveTextAsync("Welcome, Sam Taylor");
    }

    [Fact]
    public async Task Unknown_authority_host_shows_page_not_found()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(fixture.TenantUrl("nosuch"));

        Assert.NotNull(response);
        Assert.Equal((int)HttpStatusCode.NotFound, response.Status);
        await Expect(page.Heading()).ToHaveTextAsync("Page not found");
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);
    }
}
