using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>An authority administrator adds a school and invites someone, who then sets a password and signs in.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AdminJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Admin_adds_a_school_after_correcting_an_invalid_urn()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"Ribble Browser Test School {RandomNumberGenerator.GetHexString(6)}";
        var urn = RandomNumberGenerator.GetInt32(700_000, 800_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");

        await page.GotoAsync(Lancashire + "/schools/add");
        await Expect(page.Heading()).ToHaveTextAsync("Add a school");
        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator("#Input_Urn").FillAsync("12AB");
        await page.Locator("#Input_Phase").SelectOptionAsync(new SelectOptionValue { Label = "Secondary" });
        await Expect(page.Locator("#Input_Type option:checked")).ToHaveTextAsync("Choose the type of school");
        await page.Locator("#Input_Type").SelectOptionAsync(new SelectOptionValue { Value = "Academy" });
        await page.Locator("#Input_AddressLine1").FillAsync("7 Ribble Way");
        await page.Locator("#Input_Town").FillAsync("Preston");
        await page.Locator("#Input_Postcode").FillAsync("PR1 1AA");
        await page.MainButton("Add school").ClickAsync();

        await Expect(page.ErrorSummary()).ToBeVisibleAsync();
        await Expect(page.ErrorSummary().Locator("h2")).ToHaveTextAsync("There is a problem");
        await Expect(page.ErrorSummary().Locator("a[href='#Input_Urn']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#Input_Urn-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_Urn")).ToHaveAttributeAsync("aria-describedby", Journeys.Pattern("Input_Urn-error"));
        await Expect(page).ToHaveURLAsync(Lancashire + "/schools/add");
        // What was entered is still there.
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync(name);
        await Expect(page.Locator("#Input_Urn")).ToHaveValueAsync("12AB");
        await Expect(page.Locator("#Input_Phase")).ToHaveValueAsync("Secondary");
        await Expect(page.Locator("#Input_Town")).ToHaveValueAsync("Preston");
        await Expect(page.Locator("#Input_Postcode")).ToHaveValueAsync("PR1 1AA");

        await page.Locator("#Input_Urn").FillAsync(urn);
        await page.MainButton("Add school").ClickAsync();

        await Expect(page).ToHaveURLAsync(Journeys.Pattern($"^{Lancashire}/schools/[0-9a-f-]{{36}}$"));
        await Expect(page.Heading()).ToHaveTextAsync(name);
        await Expect(page.Locator(".govuk-summary-list").First).ToContainTextAsync(urn);
        await Expect(page.Locator(".govuk-summary-list").First).ToContainTextAsync("7 Ribble Way");
        await Expect(page.ErrorSummary()).ToHaveCountAsync(0);

        await page.GotoAsync(Lancashire + "/schools");
        await Expect(page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Invited_member_sets_a_password_from_the_email_and_is_signed_in()
    {
        var suffix = RandomNumberGenerator.GetHexString(8).ToLowerInvariant();
        var fullName = $"Robin Browser {suffix}";
        var email = $"robin.{suffix}@lancashire.example";

        string link;
        await using (var adminContext = await fixture.NewContextAsync())
        {
            var admin = await adminContext.NewPageAsync();
            await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");

            await admin.GotoAsync(Lancashire + "/people/invite");
            await Expect(admin.Heading()).ToHaveTextAsync("Invite someone");
            await admin.Locator("#Input_FullName").FillAsync(fullName);
            await admin.Locator("#Input_Email").FillAsync(email);
            await admin.Locator("#Input_Role").SelectOptionAsync(new SelectOptionValue { Label = "Reference group member" });
            await admin.Locator("#Input_SchoolId").SelectOptionAsync(new SelectOptionValue { Label = "Pendle Brook Primary School (Primary)" });
            await admin.MainButton("Send invitation").ClickAsync();
            await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"Invitation sent to {email}");

            await admin.GotoAsync(Lancashire + "/admin/mail");
            var mail = admin.Locator("details.govuk-details").Filter(new LocatorFilterOptions { HasText = $"to {email}" });
            await Expect(mail).ToHaveCountAsync(1);
            await Expect(mail.Locator("summary")).ToContainTextAsync("You are invited to Lancashire Equality and Inclusion Mark");
            var body = await mail.Locator("pre").TextContentAsync() ?? string.Empty;
            var match = Journeys.Pattern($@"{Lancashire}/account/accept-invitation\?user=[0-9a-f-]+&token=\S+").Match(body);
            Assert.True(match.Success, $"No invitation link for {Lancashire} in the email:{Environment.NewLine}{body}");
            link = match.Value;
        }

        // The invited person, in a browser that has never signed in.
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await Expect(page.Heading()).ToHaveTextAsync("Set your password");
        await page.Locator("#Input_Password").FillAsync("purple kettle harbour 42");
        await page.Locator("#Input_ConfirmPassword").FillAsync("purple kettle harbour 42");
        await page.MainButton("Set password and sign in").ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync($"Welcome, {fullName}");
        await Expect(page.Locator("main .govuk-caption-l")).ToHaveTextAsync("Reference group member");
        await Expect(page.Locator(".em-account-bar")).ToContainTextAsync(fullName);
        await Expect(page).ToHaveURLAsync(Lancashire + "/");

        // The new password works for a later sign-in too.
        await page.Locator(".em-account-bar").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);
        await Journeys.SubmitSignInAsync(page, Lancashire, email, "purple kettle harbour 42");
        await Expect(page.Heading()).ToHaveTextAsync($"Welcome, {fullName}");

        // The used link, opened again, says so and what to do next, with no password form that would fail.
        await using var later = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var again = await later.NewPageAsync();
        await again.GotoAsync(link);
        await Expect(again.Heading()).ToHaveTextAsync("This invitation has already been used");
        await Expect(again.Locator("#Input_Password")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(again);
        await again.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(again).ToHaveURLAsync(Lancashire + "/account/sign-in");
    }
}
