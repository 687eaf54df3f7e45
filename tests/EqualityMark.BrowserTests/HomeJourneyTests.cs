using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// Each role's home says what needs doing now. A new school's co-ordinator is pointed at step 1 and follows it; the
/// administrator follows "not started the audit" to the schools' audits; the advisor's home lists their work. A small
/// authority's heat-map says why it is not shown. axe-core finds nothing serious on any of them.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class HomeJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    private string Northdale => fixture.TenantUrl("northdale", string.Empty);

    [Fact]
    public async Task A_new_schools_coordinator_is_shown_the_next_step_and_follows_it()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);

        await Expect(page.Locator("#next-step")).ToContainTextAsync("Step 1 of 6: Set up your equality reference group");
        await Expect(page.Locator("#programme-steps .govuk-task-list__item")).ToHaveCountAsync(6);
        await Expect(page.Locator("#step-2-status")).ToHaveTextAsync("Not yet started");
        await Expect(page.Locator("#needs-attention")).ToHaveTextAsync("Nothing needs your attention right now.");
        await Expect(page.Locator("#actions-due")).ToContainTextAsync("No actions are overdue");
        await Expect(page.Locator("#coming-up")).ToContainTextAsync("Nothing is booked");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#next-step").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Equality reference group");
    }

    [Fact]
    public async Task The_administrator_follows_what_needs_attention_and_the_advisor_sees_their_home()
    {
        await fixture.CreateSchoolAsync("northdale");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Northdale, "admin@northdale.example", "Alex Morgan");

        var notStarted = admin.Locator("#needs-attention").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("not started the .* audit") });
        await Expect(notStarted).ToBeVisibleAsync();
        await Expect(admin.Locator("#programme-steps")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await notStarted.ClickAsync();
        await Expect(admin.Heading()).ToContainTextAsync("Schools' audits");

        await admin.GotoAsync(Northdale + "/audit/heat-map");
        await Expect(admin.Locator("#not-shown")).ToContainTextAsync("is not shown: fewer than");

        await using var advisorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var advisor = await advisorContext.NewPageAsync();
        await Journeys.SignInAsync(advisor, Lancashire, "advisor@lancashire.example", "Priya Shah");
        await Expect(advisor.Locator("main")).ToContainTextAsync("Needs your attention");
        await Expect(advisor.Locator("main")).ToContainTextAsync("Coming up");
        await Axe.AssertNoSeriousViolationsAsync(advisor);
    }
}
