using System.IO.Compression;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// A school leaves: the administrator downloads its data from its page (a zip with a manifest), reads what the
/// authority's download holds, and deletes the school behind the confirmation page (the name must be typed), ending
/// on the schools list with a success banner. axe-core finds nothing serious on any of the new pages.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LeavingJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Administrator_downloads_a_schools_data_and_deletes_the_school()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");

        await admin.GotoAsync($"{Lancashire}/schools/{school.Id}");
        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Download this school's data" }).ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using var bytes = new MemoryStream();
        await (await download.CreateReadStreamAsync()).CopyToAsync(bytes);
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Read))
        {
            Assert.NotNull(zip.GetEntry("manifest.json"));
            Assert.NotNull(zip.GetEntry("organisations/schools.csv"));
        }

        await admin.GotoAsync($"{Lancashire}/admin/data");
        await Expect(admin.Heading()).ToHaveTextAsync("Download your authority's data");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.GotoAsync($"{Lancashire}/schools/{school.Id}");
        await admin.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Delete this school" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Are you sure you want to delete this school?");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.MainButton("Delete this school").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("to confirm");
        await Expect(admin).ToHaveTitleAsync(Journeys.Pattern("^Error: "));
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.GetByLabel("To confirm, type the school's name").FillAsync(school.Name);
        await admin.MainButton("Delete this school").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"{school.Name} has been deleted");
        await Expect(admin.Locator("main table").GetByRole(AriaRole.Link, new() { Name = school.Name })).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(admin);
    }
}
