using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class EventsProbeTmp(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    private async Task DumpAsync(IPage page, string label)
    {
        var links = await page.Locator(".govuk-error-summary li").AllAsync();
        foreach (var li in links)
        {
            var a = li.Locator("a");
            var href = await a.CountAsync() > 0 ? await a.GetAttributeAsync("href") : "(no link)";
            var exists = href!.StartsWith('#') ? await page.Locator(href).CountAsync() : -1;
            output.WriteLine($"{label}: {await li.TextContentAsync()} -> {href} exists={exists}");
        }
        var inline = await page.Locator(".govuk-error-message").AllTextContentsAsync();
        output.WriteLine($"{label}: inline=[{string.Join(" | ", inline)}]");
    }

    [Fact]
    public async Task Probe()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (ac, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName);
        await using var _ = ac;
        await admin.GotoAsync(Lancashire + "/meetings/new");
        foreach (var f in new[] { "#Input_Title", "#Input_StartTime", "#Input_EndTime", "#Input_Capacity" }) await admin.Locator(f).FillAsync(string.Empty);
        await admin.MainButton("Schedule meeting").ClickAsync();
        await DumpAsync(admin, "new-empty");
        await admin.GotoAsync(Lancashire + "/meetings/new");
        await admin.Locator("#Input_Term").FillAsync("Spring");
        await admin.Locator("#Input_Date").FillAsync(EventSteps.DateIn(10));
        await admin.Locator("#Input_StartTime").FillAsync("15:00");
        await admin.Locator("#Input_EndTime").FillAsync("14:00");
        await admin.Locator("#Input_BookingDeadline").FillAsync(EventSteps.DateIn(12));
        await admin.Locator("#Input_OnlineLink").FillAsync("http://x");
        await admin.MainButton("Schedule meeting").ClickAsync();
        await DumpAsync(admin, "new-bad");
        await admin.GotoAsync(Lancashire + "/meetings/new");
        await admin.Locator("#Input_Term").FillAsync("Spring");
        await admin.Locator("#Input_Date").FillAsync(EventSteps.DateIn(-3));
        await admin.Locator("#Input_BookingDeadline").FillAsync(EventSteps.DateIn(-4));
        await admin.Locator("#Input_Venue").FillAsync("Hall");
        await admin.MainButton("Schedule meeting").ClickAsync();
        output.WriteLine("past meeting url: " + admin.Url);
        var id = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, "Probe meeting", 2);
        await admin.Locator("#Message_Subject").FillAsync(string.Empty);
        await admin.MainButton("Send message").ClickAsync();
        await DumpAsync(admin, "message-empty");
        await admin.MainButton("Send message").ClickAsync();

        var (sc, coord) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName);
        await using var __ = sc;
        await coord.GotoAsync($"{Lancashire}/meetings/{id}");
        await coord.MainButton("Book").ClickAsync();
        await DumpAsync(coord, "book-empty");
        await coord.Locator("#Book_Name1").FillAsync("A");
        await coord.Locator("#Book_Email1").FillAsync("bad");
        await coord.Locator("#Book_Name2").FillAsync("B");
        await coord.MainButton("Book").ClickAsync();
        await DumpAsync(coord, "book-bad");
        await coord.GotoAsync(Lancashire + "/visits");
        await coord.MainButton("Request visit").ClickAsync();
        await DumpAsync(coord, "visit-empty");
        await EventSteps.RequestVisitAsync(coord, Lancashire, "Annual", "x");
        var visitUrl = coord.Url;
        await EventSteps.RequestVisitAsync(coord, Lancashire, "Annual", "again");
        await DumpAsync(coord, "visit-annual-twice");
        await EventSteps.RequestVisitAsync(coord, Lancashire, "Introductory", "intro");
        output.WriteLine("intro url: " + coord.Url);
        await EventSteps.RequestVisitAsync(coord, Lancashire, "Introductory", "intro2");
        await DumpAsync(coord, "intro-twice");
        await admin.GotoAsync(visitUrl);
        await admin.Locator("#Confirm_StartTime").FillAsync(string.Empty);
        await admin.MainButton("Confirm visit").ClickAsync();
        await DumpAsync(admin, "confirm-empty");
        await admin.GotoAsync(Lancashire + "/events");
        output.WriteLine((await admin.Locator("main").InnerTextAsync())[..Math.Min(1500, (await admin.Locator("main").InnerTextAsync()).Length)]);
        await coord.GotoAsync(Lancashire + "/events");
        output.WriteLine("coord /events: " + await coord.Heading().TextContentAsync() + " " + coord.Url);
    }
}
