using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>Meeting and visit steps done through the pages, as an administrator or co-ordinator does them.</summary>
internal static class EventSteps
{
    /// <summary>Fills a GOV.UK date input (day, month and year boxes) whose day box has the id <paramref name="dayId"/>.</summary>
    public static async Task FillDateAsync(IPage page, string dayId, DateTime date)
    {
        await page.Locator($"#{dayId}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{dayId}_Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{dayId}_Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static DateTime DayIn(int days) => DateTime.UtcNow.Date.AddDays(days);


    /// <summary>A new context signed in as someone; the caller disposes the context.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(this BrowserFixture fixture, string email, string name, bool forAxe = false)
    {
        var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: forAxe);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, fixture.TenantUrl("lancashire", string.Empty), email, name);
        return (context, page);
    }

    /// <summary>Fills /meetings/new (a month ahead, booking closing a week before) and returns the new meeting's id.</summary>
    public static async Task<Guid> ScheduleMeetingAsync(IPage page, string siteUrl, string title, int capacity)
    {
        await page.GotoAsync(siteUrl + "/meetings");
        await page.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Schedule a meeting" })
            .Or(page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Schedule a meeting" })).ClickAsync();
        await Expect(page).ToHaveURLAsync(siteUrl + "/meetings/new");
        await page.Locator("#Input_Term").FillAsync("Spring 2027");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Agenda").FillAsync("Updates, training and sharing");
        await FillDateAsync(page, "Input_Date", DayIn(30));
        await page.Locator("#Input_StartTime").FillAsync("13:30");
        await page.Locator("#Input_EndTime").FillAsync("15:30");
        await page.Locator("#Input_Venue").FillAsync("County Hall, Preston");
        await page.Locator("#Input_Capacity").FillAsync(capacity.ToString(CultureInfo.InvariantCulture));
        await FillDateAsync(page, "Input_BookingDeadline", DayIn(23));
        await page.MainButton("Schedule meeting").ClickAsync();
        await Expect(page).ToHaveURLAsync(Journeys.Pattern($"^{siteUrl}/meetings/[0-9a-f-]{{36}}\\?done=created$"));
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Meeting created");
        await Expect(page.Heading()).ToHaveTextAsync(title);
        return Guid.Parse(new Uri(page.Url).Segments[^1]);
    }

    /// <summary>Books one or two representatives (name, email) on the meeting page.</summary>
    public static async Task BookAsync(IPage page, string siteUrl, Guid meetingId, params (string Name, string Email)[] people)
    {
        await page.GotoAsync($"{siteUrl}/meetings/{meetingId}");
        for (var i = 0; i < people.Length; i++)
        {
            await page.Locator($"#Book_Name{i + 1}").FillAsync(people[i].Name);
            await page.Locator($"#Book_Email{i + 1}").FillAsync(people[i].Email);
        }

        await page.MainButton("Book").ClickAsync();
        await Expect(page.ErrorSummary()).ToHaveCountAsync(0);
        await Expect(page.BookingRow(people[^1].Name)).ToHaveCountAsync(1);
    }

    public static ILocator BookingRow(this IPage page, string attendeeName) =>
        page.Locator("main table.govuk-table tbody tr").Filter(new LocatorFilterOptions { HasText = attendeeName });

    /// <summary>The error summary's links on the page shown that go to no element (GOV.UK: each error links to its field).</summary>
    public static async Task<IReadOnlyList<string>> BrokenErrorLinksAsync(IPage page)
    {
        await Expect(page.ErrorSummary()).ToBeVisibleAsync();
        var broken = new List<string>();
        foreach (var link in await page.ErrorSummary().Locator("a").AllAsync())
        {
            var href = await link.GetAttributeAsync("href") ?? string.Empty;
            if (!href.StartsWith('#') || await page.Locator(href).CountAsync() == 0)
            {
                broken.Add($"{new Uri(page.Url).AbsolutePath}: \"{(await link.TextContentAsync())?.Trim()}\" links to {href}");
            }
        }

        return broken;
    }

    /// <summary>Fills "Request a visit" on /visits and presses the button; the caller checks where it lands.</summary>
    public static async Task RequestVisitAsync(IPage page, string siteUrl, string kind, string focus)
    {
        await page.GotoAsync(siteUrl + "/visits");
        await page.Locator("#Input_Kind").SelectOptionAsync(kind);
        await page.Locator("#Input_Focus").FillAsync(focus);
        await page.Locator("#Input_ProposedDates").FillAsync("Any Tuesday morning next month");
        await page.MainButton("Request visit").ClickAsync();
    }
}
