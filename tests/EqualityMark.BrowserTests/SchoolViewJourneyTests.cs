using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// One view of a school: the administrator opens Pendle Brook (which has walked the whole programme) from the school
/// list and sees its subscription, audit, plan, badges, visits and meetings, people and timeline; its co-ordinator, sent from the school list to
/// their own school, sees the same page. axe-core finds nothing serious on either.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SchoolViewJourneyTests(BrowserFixture fixture)
{
    private const string PendleBrook = "Pendle Brook Primary School";

    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Administrator_and_coordinator_see_one_view_of_Pendle_Brook()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await OpenPendleBrookAsync(admin);
        await Expect(admin.Locator("main")).ToContainTextAsync("Subscription and payments");
        await Expect(admin.Locator("main")).ToContainTextAsync("Entitlements used and left");
        await Expect(admin.Locator("main")).ToContainTextAsync("Overdue actions");
        await Expect(admin.Locator("main")).ToContainTextAsync("Badge: valid");
        await Expect(admin.Locator("main")).ToContainTextAsync("Jo Williams");
        await Expect(admin.Locator(".em-timeline")).ToContainTextAsync("audit sent to the equality team");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Add a note" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Staff notes");
        await admin.MainButton("Add note").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Enter the note");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        var note = $"Phoned the head about the spring visit ({Guid.NewGuid():N})";
        await admin.Locator("#Input_Text").FillAsync(note);
        await admin.MainButton("Add note").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Note added");
        await Expect(admin.Locator("main")).ToContainTextAsync(note);
        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to " + PendleBrook }).ClickAsync();
        await Expect(admin.Locator("#notes + *")).ToBeVisibleAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync(note);

        await using var schoolContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var coordinator = await schoolContext.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, "coordinator@lancashire.example", "Sam Taylor");
        await coordinator.GotoAsync(Lancashire + "/schools");
        await Expect(coordinator.Heading()).ToHaveTextAsync(PendleBrook);
        await Expect(coordinator.Locator(".govuk-caption-l")).ToContainTextAsync("Your school");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Badge: valid");
        await Expect(coordinator.Locator("#notes")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
    }

    private async Task OpenPendleBrookAsync(IPage page)
    {
        await page.GotoAsync(Lancashire + "/schools");
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = PendleBrook }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync(PendleBrook);
    }
}
