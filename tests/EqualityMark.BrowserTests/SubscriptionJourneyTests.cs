using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The subscription pages in a real browser: a school signs up on the public form (errors first), the
/// administrator approves it, the co-ordinator reads the package page — each page checked with axe.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SubscriptionJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task A_school_signs_up_and_the_administrator_approves_it_on_accessible_pages()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Lancashire + "/programme");
        await Expect(page.Heading()).ToHaveTextAsync("Lancashire Equality and Inclusion Mark");
        await Expect(page.Locator("main")).ToContainTextAsync("£1,155");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign your school up" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Sign your school up");
        await page.MainButton("Send sign-up").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Choose a package");
        await Axe.AssertNoSeriousViolationsAsync(page);

        var urn = (800_000 + Random.Shared.Next(0, 99_999)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("School name").FillAsync("Browser Brook Primary");
        await page.GetByLabel("URN").FillAsync(urn);
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await page.GetByLabel("Type of school").SelectOptionAsync(new SelectOptionValue { Label = "Maintained school (community, foundation or voluntary)" });
        await page.GetByLabel("Address line 1").FillAsync("2 Lane End");
        await page.GetByLabel("Town or city").FillAsync("Burnley");
        await page.GetByLabel("Postcode").FillAsync("BB11 1AA");
        await page.GetByLabel("Full name").FillAsync("Kim Lead");
        await page.GetByLabel("Email address").FillAsync($"kim-{urn}@school.example");
        await page.GetByLabel("Package").SelectOptionAsync(new SelectOptionValue { Label = "Gold" });
        await page.GetByLabel("How will the school pay?").SelectOptionAsync("Invoice");
        await page.GetByLabel("Purchase order number").FillAsync("PO-BROWSER");
        await page.MainButton("Send sign-up").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign-up received");

        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await page.GotoAsync(Lancashire + "/admin/sign-ups");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Browser Brook Primary" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve: add the school, invite the co-ordinator, start the subscription" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "See the subscription" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Awaiting payment");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^EM-") }).ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("VAT invoice EM-");
        await Expect(page.Locator("[data-line-rate]")).ToHaveTextAsync("Outside the scope of VAT");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.MainButton("Mark as paid").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Paid");

        await page.GotoAsync(Lancashire + "/admin/packages");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_coordinators_package_page_is_accessible()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, "coordinator@lancashire.example", "Sam Taylor");
        await page.GotoAsync(Lancashire + "/our-package");
        await Expect(page.Heading()).ToHaveTextAsync("Our package");
        await Expect(page.Locator("main")).ToContainTextAsync("Silver");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
