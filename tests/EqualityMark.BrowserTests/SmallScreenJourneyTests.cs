using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// On a phone-sized screen (390×844) under the site's own Content-Security-Policy: no page is wider than the screen
/// (a wide table scrolls inside its own box), nothing is refused by the policy, and the Menu button opens the navigation.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SmallScreenJourneyTests(BrowserFixture fixture)
{
    private const int Width = 390;

    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Key_pages_fit_a_phone_and_the_menu_button_opens_the_navigation()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (adminContext, admin, adminConsole) = await PhoneAsync();
        await using var _ = adminContext;
        await Journeys.SignInAsync(admin, Lancashire, EventSetup.AdminEmail, EventSetup.AdminName);
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, $"Phone meeting {RandomNumberGenerator.GetHexString(6)}", 10);

        var (schoolContext, coordinator, coordinatorConsole) = await PhoneAsync();
        await using var __ = schoolContext;
        await Journeys.SignInAsync(coordinator, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        await EventSteps.BookAsync(coordinator, Lancashire, meetingId, ("Alex Phone", $"phone-{school.CoordinatorEmail}"));
        var auditId = await AuditSteps.StartAuditAsync(coordinator, Lancashire);

        await AssertFitsAsync(coordinator, $"{Lancashire}/audit/{auditId}/grid");
        await Expect(coordinator.Locator("main .em-table-scroll[role=region]")).ToHaveCountAsync(1);
        foreach (var path in new[] { "/", "/audit", "/meetings", $"/meetings/{meetingId}", "/visits", "/action-plan" })
        {
            await AssertFitsAsync(coordinator, Lancashire + path);
        }

        foreach (var path in new[] { $"/meetings/{meetingId}", "/meetings/new", "/schools", "/people", "/audit/schools", "/audit/heat-map", "/accreditation/dashboard", "/admin/audit-log" })
        {
            await AssertFitsAsync(admin, Lancashire + path);
        }

        Assert.Empty(adminConsole);
        Assert.Empty(coordinatorConsole);

        // The service navigation folds behind "Menu" on a phone; the button opens it.
        await admin.GotoAsync(Lancashire + "/");
        var menu = admin.Locator("button.govuk-js-service-navigation-toggle");
        await Expect(menu).ToBeVisibleAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(admin.Locator("#navigation")).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(admin.Locator("#navigation")).ToBeVisibleAsync();
        await Expect(admin.Locator("#navigation a", new PageLocatorOptions { HasText = "Schools" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_menu_and_the_scrolling_grid_pass_axe()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = true, Locale = "en-GB", ViewportSize = new ViewportSize { Width = Width, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        var auditId = await AuditSteps.StartAuditAsync(page, Lancashire);
        await page.GotoAsync($"{Lancashire}/audit/{auditId}/grid");
        await page.Locator("button.govuk-js-service-navigation-toggle").ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>A phone-sized context under the real Content-Security-Policy, with a list of what the console reports as errors.</summary>
    private async Task<(IBrowserContext Context, IPage Page, List<string> ConsoleErrors)> PhoneAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-GB", ViewportSize = new ViewportSize { Width = Width, Height = 844 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        return (context, page, errors);
    }

    private static async Task AssertFitsAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > Width)
        {
            // Name the widest things that stick out (not their children), to say what to fix.
            var outside = await page.EvaluateAsync<string[]>(
                """
                w => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w))
                  .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}#${e.id} (${Math.round(e.getBoundingClientRect().right)}px) in ${e.parentElement.tagName}.${e.parentElement.className} overflow-x ${getComputedStyle(e.parentElement).overflowX} ${e.parentElement.clientWidth}/${e.parentElement.scrollWidth}`)
                """, Width);
            Assert.Fail($"{url} is {width}px wide on a {Width}px screen: {string.Join(", ", outside)}");
        }
    }
}
