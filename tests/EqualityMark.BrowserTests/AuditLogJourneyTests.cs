using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The administrator adds a note to a school, then finds that change in the audit log by school and date, with who
/// made it and from where; an impossible date gets the error summary. The operator reads the platform's log. axe on both.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AuditLogJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task The_administrator_finds_a_change_in_the_audit_log()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await admin.GotoAsync(Lancashire + "/schools");
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Fylde Coast High School" }).ClickAsync();
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Add a note" }).ClickAsync();
        var note = $"Audit log journey {Guid.NewGuid():N}";
        await admin.Locator("#Input_Text").FillAsync(note);
        await admin.MainButton("Add note").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Note added");

        await admin.GotoAsync(Lancashire + "/");
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Audit log" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Audit log");
        await admin.Locator("#Filter_From").FillAsync("31");
        await admin.Locator("#Filter_From_Month").FillAsync("2");
        await admin.Locator("#Filter_From_Year").FillAsync("2026");
        await admin.MainButton("Show entries").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Start date must be a real date");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        await admin.Locator("#Filter_From").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#Filter_From_Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#Filter_From_Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#Filter_School").SelectOptionAsync(new SelectOptionValue { Label = "Fylde Coast High School" });
        await admin.MainButton("Show entries").ClickAsync();
        var row = admin.Locator("#entries tbody tr").Filter(new LocatorFilterOptions { HasText = "Add school note" }).First;
        await Expect(row).ToContainTextAsync("Alex Morgan");
        await Expect(row).ToContainTextAsync("Fylde Coast High School");
        await row.Locator("summary").ClickAsync();
        await Expect(row).ToContainTextAsync(note);
        await Expect(row).ToContainTextAsync("127.0.0.1");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "change how long entries are kept" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("How long to keep the audit log");
        await admin.Locator("#Input_Years").FillAsync("0");
        await admin.MainButton("Save").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Keep the audit log for between 1 and 20 years");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Input_Years").FillAsync("6");
        await admin.MainButton("Save").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Entries will now be kept for 6 years");

        await using var operatorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var platform = await operatorContext.NewPageAsync();
        var platformUrl = $"http://localhost:{fixture.Port}";
        await platform.GotoAsync(platformUrl + "/platform/sign-in");
        await platform.Locator("#Input_Email").FillAsync("operator@equalitymark.example");
        await platform.Locator("#Input_Password").FillAsync(EqualityMark.TestSupport.EqualityMarkAppFactory.DemoPassword);
        await platform.MainButton("Sign in").ClickAsync();
        await platform.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Platform audit log" }).ClickAsync();
        await Expect(platform.Heading()).ToHaveTextAsync("Platform audit log");
        await Axe.AssertNoSeriousViolationsAsync(platform);
    }
}
