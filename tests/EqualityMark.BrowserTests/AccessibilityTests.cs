using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>axe-core finds nothing serious or critical on the pages people use most, including with errors shown.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Sign_in_page_is_accessible_with_and_without_errors()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Lancashire + "/account/sign-in");
        await Expect(page.Heading()).ToHaveTextAsync("Sign in");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.MainButton("Sign in").ClickAsync();
        await Expect(page.ErrorSummary()).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Signed_in_admin_pages_are_accessible()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();

        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/schools");
        await Expect(page.Locator("main").GetByText("Pendle Brook Primary School")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/people/invite");
        await Expect(page.Heading()).ToHaveTextAsync("Invite someone");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Start_page_is_accessible_signed_out()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Lancashire + "/");
        await Expect(page.Heading()).ToHaveTextAsync("Lancashire Equality and Inclusion Mark");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Axe_check_reports_a_serious_violation_by_rule_and_element()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Lancashire + "/account/sign-in");
        await Expect(page.Heading()).ToHaveTextAsync("Sign in");

        // An image with no text alternative is a critical failure: the check must catch it and say where.
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = '/assets/images/favicon.ico'; document.querySelector('main').appendChild(img); }");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Axe.AssertNoSeriousViolationsAsync(page));
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
    }
}
