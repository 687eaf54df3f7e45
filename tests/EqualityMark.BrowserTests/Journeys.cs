using System.Text.RegularExpressions;
using EqualityMark.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>Steps several journeys share, done the way a person does them: fill the form, press the button.</summary>
internal static class Journeys
{
    public static ILocator MainButton(this IPage page, string name) =>
        page.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public static ILocator Heading(this IPage page) => page.Locator("main h1");

    public static ILocator ErrorSummary(this IPage page) => page.Locator(".govuk-error-summary");

    public static async Task SubmitSignInAsync(IPage page, string siteUrl, string email, string password = EqualityMarkAppFactory.DemoPassword)
    {
        await page.GotoAsync(siteUrl + "/account/sign-in");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.MainButton("Sign in").ClickAsync();
    }

    public static async Task SignInAsync(IPage page, string siteUrl, string email, string expectedName)
    {
        await SubmitSignInAsync(page, siteUrl, email);
        await Expect(page.Heading()).ToHaveTextAsync($"Welcome, {expectedName}");
        await Expect(page).ToHaveURLAsync(siteUrl + "/");
    }

    public static Regex Pattern(string regex) => new(regex, RegexOptions.None, TimeSpan.FromSeconds(1));
}
