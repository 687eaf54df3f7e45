using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// A co-ordinator who forgot their password resets it from the emailed link, signs in with it, then changes it back
/// from the account bar; an operator asks for a link too. Every page is axe-checked.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PasswordJourneyTests(BrowserFixture fixture)
{
    private const string Email = "coordinator2@northdale.example";
    private const string NewPassword = "heather moorland beacon 4";

    [Fact]
    public async Task A_coordinator_resets_a_forgotten_password_and_changes_it_back()
    {
        var site = fixture.TenantUrl("northdale", string.Empty);
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site + "/account/sign-in");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Forgot your password?" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Reset your password");
        await page.MainButton("Send the link").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Enter your email address");
        await Expect(page).ToHaveTitleAsync(Journeys.Pattern("^Error: "));
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#Input_Email").FillAsync(Email);
        await page.MainButton("Send the link").ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Check your email");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(await ResetLinkAsync());
        await Expect(page.Heading()).ToHaveTextAsync("Choose a new password");
        await page.Locator("#Input_Password").FillAsync(NewPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync("something else entirely");
        await page.MainButton("Change password").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("The passwords do not match");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("#Input_Password").FillAsync(NewPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(NewPassword);
        await page.MainButton("Change password").ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your password has been changed");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Journeys.SubmitSignInAsync(page, site, Email, NewPassword);
        await Expect(page.Heading()).ToHaveTextAsync(Journeys.Pattern("^Welcome, "));

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Change your password" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Change your password");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("#Input_CurrentPassword").FillAsync(NewPassword);
        await page.Locator("#Input_NewPassword").FillAsync(EqualityMarkAppFactory.DemoPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(EqualityMarkAppFactory.DemoPassword);
        await page.MainButton("Change password").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("signed out everywhere else");
    }

    [Fact]
    public async Task An_operator_asks_for_a_link_and_a_used_or_broken_link_says_it_no_longer_works()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        var platform = $"http://localhost:{fixture.Port}";

        await page.GotoAsync(platform + "/platform/sign-in");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Forgot your password?" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("#Input_Email").FillAsync("operator@equalitymark.example");
        await page.MainButton("Send the link").ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Check your email");

        await page.GotoAsync(platform + "/platform/reset-password?token=broken");
        await Expect(page.Heading()).ToHaveTextAsync("This link no longer works");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Ask for a new link" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Reset your password");
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{fixture.Port}/account/sign-in");
        request.Headers.Host = $"northdale.localhost:{fixture.Port}";
        var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "no Server header");
    }

    private async Task<string> ResetLinkAsync()
    {
        var tenant = await fixture.TenantAsync("northdale");
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var emails = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOutboundEmailsQuery(Email));
        var link = emails.Where(e => e.Kind == "Password reset").OrderByDescending(e => e.QueuedAt)
            .Select(e => Journeys.Pattern(@"http://\S+/account/reset-password\?\S+").Match(e.Body).Value).First();
        return link;
    }
}
