using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>Audit steps done through the pages, as a co-ordinator or member does them.</summary>
internal static class AuditSteps
{
    public const string SeniorLeaderWarning = "must include a member of the senior leadership team";

    public static ILocator Warning(this IPage page) => page.Locator("main .govuk-warning-text");

    public static ILocator CheckAndSendLink(this IPage page) =>
        page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Check and send the audit", Exact = true });

    public static ILocator SuccessBanner(this IPage page) => page.Locator(".govuk-notification-banner--success");

    /// <summary>The first judgement of a strand on the element page shown, e.g. the div j-leadership-01-race.</summary>
    public static ILocator FirstJudgement(this IPage page, string strandKey) =>
        page.Locator($"main div.em-judgement[id^='j-'][id$='-{strandKey}']").First;

    public static async Task AddReferenceGroupMemberAsync(IPage page, string fullName, string category)
    {
        await page.Locator("#Member_FullName").FillAsync(fullName);
        await page.Locator("#Member_Category").SelectOptionAsync(category);
        await page.MainButton("Add member").ClickAsync();
        await Expect(page.Locator("main table.govuk-table")).ToContainTextAsync(fullName);
    }

    /// <summary>Presses "Start the YYYY/YY audit" on /audit and returns the new audit's id from the page it lands on.</summary>
    public static async Task<Guid> StartAuditAsync(IPage page, string siteUrl)
    {
        await page.GotoAsync(siteUrl + "/audit");
        await page.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern(@"^Start the \d{4}\/\d{2} audit$") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Journeys.Pattern($"^{siteUrl}/audit/[0-9a-f-]{{36}}$"));
        return Guid.Parse(new Uri(page.Url).Segments[^1]);
    }

    public static async Task GivePartAsync(IPage page, string siteUrl, Guid auditId, string personName, string part)
    {
        await page.GotoAsync($"{siteUrl}/audit/{auditId}/delegations");
        await page.Locator("#Input_UserId").SelectOptionAsync(new SelectOptionValue { Label = personName });
        await page.Locator("#Input_Part").SelectOptionAsync(part);
        await page.MainButton("Give this part").ClickAsync();
        await Expect(page.ErrorSummary()).ToHaveCountAsync(0);
    }

    /// <summary>Fills one judgement's form (rating label, commentary) without saving it.</summary>
    public static async Task FillJudgementAsync(ILocator judgement, string rating, string commentary)
    {
        await judgement.GetByLabel(rating, new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await judgement.Locator("textarea[name='Input.Commentary']").FillAsync(commentary);
    }

    public static Task SaveAsync(ILocator judgement) =>
        judgement.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Save") }).ClickAsync();
}
