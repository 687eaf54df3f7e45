using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// A co-ordinator makes the school's evidence pack from the home page, watches it being made, downloads the Word
/// document and the PDF, and finds it in the list; the administrator makes one for the school from its page.
/// axe-core finds nothing serious on any page.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class EvidencePackJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task A_coordinator_makes_the_pack_and_downloads_it()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Evidence pack", Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Evidence pack for inspectors and governors");
        await Expect(page.Locator("#packs")).ToHaveTextAsync("No packs have been made yet.");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.MainButton("Make an evidence pack").ClickAsync();
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Your evidence pack is ready", new LocatorAssertionsToHaveTextOptions { Timeout = 60_000 });
        await Expect(page.Locator("#expires")).ToContainTextAsync("These links work until");
        await Axe.AssertNoSeriousViolationsAsync(page);

        var word = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Download the evidence pack (Word document)" }).ClickAsync());
        Assert.EndsWith(".docx", word.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith(school.Name, word.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Download the evidence pack (PDF)" }).ClickAsync());
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to evidence packs" }).ClickAsync();
        await Expect(page.Locator("#packs")).ToContainTextAsync("Ready to download");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_administrator_makes_a_pack_for_a_school_from_its_page()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await admin.GotoAsync($"{Lancashire}/schools/{school.Id}");
        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Evidence pack for inspectors and governors" }).ClickAsync();
        await Expect(admin.Locator(".govuk-caption-l")).ToHaveTextAsync(school.Name);
        await admin.MainButton("Make an evidence pack").ClickAsync();
        await Expect(admin.Locator(".govuk-panel__title")).ToHaveTextAsync("Your evidence pack is ready", new LocatorAssertionsToHaveTextOptions { Timeout = 60_000 });
    }
}
