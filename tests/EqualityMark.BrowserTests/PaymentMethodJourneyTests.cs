using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// Paying without dead ends in a real browser (ADR 0022): the programme says how schools pay and sign-up offers the methods that
/// are on (whether card is on depends on earlier tests; the integration tests cover both); the administrator's subscription page changes how a school pays (errors first), issues the invoice behind
/// its check page and records payment behind its confirmation page, each with a success banner. Every page checked with axe.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PaymentMethodJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task The_administrator_changes_the_payment_method_issues_the_invoice_and_records_payment_on_accessible_pages()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Lancashire + "/programme");
        await Expect(page.Locator("[data-payment-methods]")).ToContainTextAsync("By invoice");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/sign-up");
        await Expect(page.Locator("select[name='Input.PaymentMethod'] option[value='Invoice']")).ToHaveCountAsync(1);
        var urn = (810_000 + Random.Shared.Next(0, 89_999)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("School name").FillAsync("Paying Lane Primary");
        await page.GetByLabel("URN").FillAsync(urn);
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await Expect(page.Locator("#Input_SchoolType option:checked")).ToHaveTextAsync("Choose the type of school");
        await page.GetByLabel("Type of school").SelectOptionAsync(new SelectOptionValue { Label = "Maintained school (community, foundation or voluntary)" });
        await page.GetByLabel("Address line 1").FillAsync("3 Paying Lane");
        await page.GetByLabel("Town or city").FillAsync("Chorley");
        await page.GetByLabel("Postcode").FillAsync("PR7 1AA");
        await page.GetByLabel("Full name").FillAsync("Pat Payer");
        await page.GetByLabel("Email address").FillAsync($"pat-{urn}@school.example");
        await page.GetByLabel("Package").SelectOptionAsync(new SelectOptionValue { Label = "Silver" });
        await page.GetByLabel("How will the school pay?").SelectOptionAsync("Invoice");
        await page.MainButton("Send sign-up").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Enter the purchase order number for the invoice");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Purchase order number").FillAsync("PO-PAYING-1");
        await page.MainButton("Send sign-up").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign-up received");

        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await page.GotoAsync(Lancashire + "/admin/sign-ups");
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Paying Lane Primary" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve: add the school, invite the co-ordinator, start the subscription" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "See the subscription" }).ClickAsync();
        await Expect(page.Locator("[data-awaiting]")).ToContainTextAsync("has been issued");
        var subscriptionUrl = page.Url;

        // The invoice was raised with a wrong purchase order: cancelled, the subscription has none and awaits a new one.
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^EM-") }).ClickAsync();
        await page.MainButton("Cancel invoice").ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("Are you sure you want to cancel invoice EM-");
        await page.MainButton("Yes, cancel the invoice").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("cancelled");
        await Expect(page.Locator("main")).ToContainTextAsync("Cancelled");
        await page.GotoAsync(subscriptionUrl);
        await Expect(page.Locator("[data-awaiting]")).ToContainTextAsync("Its invoice has not been issued yet");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Change how the school pays" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Change how the school pays");
        await page.MainButton("Change how the school pays").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Choose how the school will pay");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("By invoice (purchase order)").CheckAsync();
        await page.GetByLabel("Purchase order number").FillAsync("PO-PAYING-2");
        await page.MainButton("Change how the school pays").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("It is already paid by invoice");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Cancel" }).ClickAsync();

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Issue the invoice" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Check the invoice before you issue it");
        await Expect(page.Locator("[data-invoice-check]")).ToContainTextAsync("PO-PAYING-1");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.MainButton("Issue the invoice").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("issued and emailed to the school");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Record payment" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Record the school's payment");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.MainButton("Record payment").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("is paid and the package is active");
        await Expect(page.Locator("main")).ToContainTextAsync("Active");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
