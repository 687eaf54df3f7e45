using EqualityMark.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// First-run setup in a real browser (ADR 0024): the administrator saves Stripe keys and tests the connection against the
/// fake Stripe — a wrong key is an error summary, the right one a success banner and card payments on — and edits phase
/// bands (add, change, remove behind a confirmation page). Every page checked with axe.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class StripeAndPhaseBandJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task The_administrator_tests_the_stripe_connection_and_card_payments_turn_on_only_for_the_right_key()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");

        await SaveKeysAsync(page, "sk_test_NotTheFakeStripesKey0001");
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Stripe keys saved");
        await Expect(page.Locator("[data-stripe-status]")).ToContainTextAsync("Off: schools pay by invoice");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.MainButton("Test connection").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Stripe refused the secret key");
        await Expect(page.Locator("[data-connection-test]")).ToContainTextAsync("Failed on");
        await Expect(page).ToHaveTitleAsync(Journeys.Pattern("^Error: Card payments"));
        await Axe.AssertNoSeriousViolationsAsync(page);

        await SaveKeysAsync(page, FakeStripe.SecretKey);
        await page.MainButton("Test connection").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Stripe accepted your keys");
        await Expect(page.Locator("[data-stripe-status]")).ToContainTextAsync("On: schools can choose to pay by card");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(FakeStripe.SecretKey);
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/programme");
        await Expect(page.Locator("[data-payment-methods]")).ToContainTextAsync("By card");
    }

    [Fact]
    public async Task The_administrator_adds_changes_and_removes_a_phase_band_on_accessible_pages()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await page.GotoAsync(Lancashire + "/admin/packages");
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "change the phase bands" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Phase bands");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Add a phase band" }).ClickAsync();
        await page.GetByLabel("Band name").FillAsync("Short stay schools");
        await page.MainButton("Add phase band").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Choose at least one school phase");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Short stay", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.MainButton("Add phase band").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Phase band added");
        await Expect(page.Locator("[data-phase-bands]")).ToContainTextAsync("Short stay schools");

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Remove Short stay schools" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Are you sure you want to remove Short stay schools?");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.MainButton("Remove phase band").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Phase band removed");
        await Expect(page.Locator("[data-uncovered-phases]")).ToContainTextAsync("Not covered: Short stay");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Change Nursery") }).ClickAsync();
        await page.GetByLabel("Short stay", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.MainButton("Save phase band").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Phase band saved");
        await Expect(page.Locator("[data-uncovered-phases]")).ToHaveCountAsync(0);
    }

    private async Task SaveKeysAsync(IPage page, string secretKey)
    {
        await page.GotoAsync(Lancashire + "/admin/payments");
        await page.GetByLabel("Secret key").FillAsync(secretKey);
        await page.GetByLabel("Webhook signing secret").FillAsync("whsec_BrowserJourneySecret01");
        await page.MainButton("Save keys").ClickAsync();
    }
}
