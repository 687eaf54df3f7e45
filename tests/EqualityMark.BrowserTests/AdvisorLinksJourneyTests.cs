using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>An advisor is offered only pages they may open: every header link answers 200, no settings link, and "Your visits" lists their own visits.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AdvisorLinksJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Every_link_an_advisor_is_offered_opens()
    {
        var (name, email) = await fixture.CreateAdvisorWithEmailAsync();
        var (context, advisor) = await fixture.SignedInAsync(email, name, forAxe: true);
        await using var _ = context;

        var links = await advisor.Locator("nav .govuk-service-navigation__link").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await advisor.GotoAsync(Lancashire + link);
            Assert.True(response?.Status == 200, $"{link} answered {response?.Status}");
            await Axe.AssertNoSeriousViolationsAsync(advisor);
        }

        await advisor.GotoAsync(Lancashire + "/events");
        await Expect(advisor.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Settings", Exact = true })).ToHaveCountAsync(0);
        await Expect(advisor.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Advisors' availability" })).ToHaveCountAsync(1);

        await advisor.GotoAsync(Lancashire + "/");
        await advisor.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Your visits" }).ClickAsync();
        await Expect(advisor).ToHaveURLAsync(Lancashire + "/visits?mine=true");
        await Expect(advisor.Heading()).ToHaveTextAsync("Your visits");
        await Expect(advisor.Locator("main")).ToContainTextAsync("You are not booked for any visits yet.");
        await Axe.AssertNoSeriousViolationsAsync(advisor);
    }
}
