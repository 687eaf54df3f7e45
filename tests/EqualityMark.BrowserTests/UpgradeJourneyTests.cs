using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// An upgrade in a real browser (ADR 0018): errors first, the check-your-answers page with the proration worked out, the
/// success banner and the academy's VAT invoice (ADR 0017); then the invoice is cancelled, which withdraws the upgrade.
/// Every page checked with axe.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class UpgradeJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task The_administrator_checks_an_academys_upgrade_before_it_is_invoiced_on_accessible_pages()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");

        await page.GotoAsync(Lancashire + "/admin/subscription-terms");
        await Expect(page.Heading()).ToHaveTextAsync("Subscription terms");
        await page.GetByLabel("VAT registration number").FillAsync("GB 123");
        await page.MainButton("Save terms").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Enter a real UK VAT registration number");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/admin/subscriptions");
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Wyre Bank Special School" }).First.ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Upgrade the package" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Upgrade the package");
        await page.MainButton("Continue").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Choose the package to upgrade to");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("New package").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Purchase order number").FillAsync("PO-BROWSER-UP");
        await page.MainButton("Continue").ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Check the upgrade before it is invoiced");
        await Expect(page.Locator("main")).ToContainTextAsync("of 12 months");
        await Expect(page.Locator("main")).ToContainTextAsync("× ");
        await Expect(page.Locator("[data-vat]")).ToContainTextAsync("(20%)");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.MainButton("Confirm and raise the invoice").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("It applies once the invoice is paid");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator(".govuk-notification-banner--success").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("VAT invoice EM-");
        await Expect(page.Locator("[data-vat-number]")).ToHaveTextAsync("GB123456782");
        await Expect(page.Locator("[data-customer]")).ToContainTextAsync("4 River Walk");
        await Expect(page.Locator("[data-line-rate]")).ToHaveTextAsync("20%");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.MainButton("Cancel invoice").ClickAsync();
        await page.MainButton("Yes, cancel the invoice").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Cancelled");
    }
}
