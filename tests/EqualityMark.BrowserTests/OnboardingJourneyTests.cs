using System.Security.Cryptography;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The platform adds Westshire with its first administrator; the administrator accepts the invitation (also in the mail
/// viewer), sets the programme up — identity, emails, Stripe keys tested against the fake Stripe — and opens it; a Westshire
/// school signs up, is approved and pays by invoice, and its co-ordinator sees the package; then the platform suspends
/// the authority behind a confirmation page. axe on every new page.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class OnboardingJourneyTests(BrowserFixture fixture)
{
    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_new_authority_is_created_set_up_opened_and_suspended()
    {
        var code = "westshire-" + RandomNumberGenerator.GetHexString(6).ToLowerInvariant();
        var adminEmail = $"ada@{code}.example";
        var platformUrl = $"http://localhost:{fixture.Port}";

        await using var operatorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var platform = await operatorContext.NewPageAsync();
        await platform.GotoAsync(platformUrl + "/platform/sign-in");
        await platform.Locator("#Input_Email").FillAsync("operator@equalitymark.example");
        await platform.Locator("#Input_Password").FillAsync(EqualityMarkAppFactory.DemoPassword);
        await platform.MainButton("Sign in").ClickAsync();
        await Expect(platform.Heading()).ToHaveTextAsync("Local authorities");
        await platform.GotoAsync(platformUrl + "/platform/tenants/new");
        await Expect(platform.Heading()).ToHaveTextAsync("Add a local authority");
        await Axe.AssertNoSeriousViolationsAsync(platform);
        await platform.Locator("#Input_Code").FillAsync(code);
        await platform.Locator("#Input_Name").FillAsync("Westshire Council");
        await platform.Locator("#Input_ProgrammeName").FillAsync("Westshire Equality Mark");
        await platform.Locator("#Input_ContactEmail").FillAsync("equality@westshire.example");
        await platform.Locator("#Input_AdministratorName").FillAsync("Ada Administrator");
        await platform.MainButton("Add local authority and invite administrator").ClickAsync();
        await Expect(platform.ErrorSummary()).ToContainTextAsync("Enter the first administrator's email address");
        await Expect(platform.Locator("#Input_Code")).ToHaveValueAsync(code);
        await platform.Locator("#Input_AdministratorEmail").FillAsync(adminEmail);
        await platform.MainButton("Add local authority and invite administrator").ClickAsync();
        await Expect(platform.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Westshire Council added");
        await Expect(platform.Locator($"tr[data-code='{code}']")).ToContainTextAsync("Invited");
        await Axe.AssertNoSeriousViolationsAsync(platform);

        var tenant = await fixture.TenantAsync(code);
        fixture.Services.GetRequiredService<Host.Tenancy.TenantRegistry>().Invalidate();
        var link = await InvitationLinkAsync(tenant, adminEmail);

        await using var adminContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await adminContext.NewPageAsync();
        await admin.GotoAsync(link);
        await admin.Locator("#Input_Password").FillAsync("purple kettle harbour 42");
        await admin.Locator("#Input_ConfirmPassword").FillAsync("purple kettle harbour 42");
        await admin.MainButton("Set password and sign in").ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Welcome, Ada Administrator");

        var site = fixture.TenantUrl(code, string.Empty);
        await admin.GotoAsync(site + "/programme");
        await Expect(admin.Heading()).ToHaveTextAsync("Westshire Equality Mark is being set up");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.GotoAsync(site + "/sign-up");
        await Expect(admin.Heading()).ToHaveTextAsync("Westshire Equality Mark is being set up");
        await admin.GotoAsync(site + "/setup");
        await Expect(admin.Heading()).ToHaveTextAsync("Set up your programme");
        await Expect(admin.Locator("#identity-status")).ToContainTextAsync("Incomplete");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.Locator("#tasks").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Programme identity" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Programme identity");
        await admin.Locator("#Input_Description").FillAsync("Westshire's schools learn together about equality.");
        await admin.Locator("#Input_ContactPhone").FillAsync("01234 567890");
        await admin.Locator("#Input_BrandColour").FillAsync("#ffee00");
        await admin.Locator("#Logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = TinyPng });
        await admin.MainButton("Save identity").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Choose a darker colour");
        await Expect(admin.Locator("#Input_Description")).ToHaveValueAsync("Westshire's schools learn together about equality.");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Input_BrandColour").FillAsync("#1d4f91");
        await admin.Locator("#Logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = TinyPng });
        await admin.MainButton("Save identity").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Programme identity saved");
        await Expect(admin.Locator("#identity-status")).ToContainTextAsync("Completed");

        await admin.Locator("#tasks").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Emails to schools" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Emails to schools");
        await admin.Locator("#Input_ReplyTo").FillAsync("not an address");
        await admin.MainButton("Save email settings").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Enter an email address in the correct format");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Input_SenderName").FillAsync("Westshire Equality Team");
        await admin.Locator("#Input_ReplyTo").FillAsync("equality@westshire.example");
        await admin.MainButton("Save email settings").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Email settings saved");
        await Expect(admin.Locator("#email-status")).ToContainTextAsync("Completed");

        await admin.GotoAsync(site + "/admin/mail");
        await Expect(admin.Locator("main")).ToContainTextAsync(adminEmail);

        await admin.GotoAsync(site + "/setup");
        await admin.Locator("#tasks").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Card payments" }).ClickAsync();
        await admin.GetByLabel("Secret key").FillAsync(FakeStripe.SecretKey);
        await admin.GetByLabel("Webhook signing secret").FillAsync("whsec_WestshireJourneySecret01");
        await admin.MainButton("Save keys").ClickAsync();
        await admin.MainButton("Test connection").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Stripe accepted your keys");
        await Expect(admin.Locator("[data-stripe-status]")).ToContainTextAsync("On: schools can choose to pay by card");

        // Prices and invoice details have their own journeys (SubscriptionJourneyTests, PaymentMethodJourneyTests): set them directly here.
        await PriceEveryPackageAndEnterInvoiceDetailsAsync(tenant);
        await admin.GotoAsync(site + "/setup");
        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Check and open the programme" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Check your programme before you open it");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton("Open the programme to schools").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your programme is open");

        await using var visitorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(site + "/programme");
        await Expect(visitor.Heading()).ToHaveTextAsync("Westshire Equality Mark");
        await Expect(visitor.Locator("#description")).ToContainTextAsync("learn together");
        await SignUpAsync(visitor, code);
        await ApproveAndRecordPaymentAsync(admin, site);
        await AcceptAndSeePackageAsync(visitorContext, tenant, code);

        await platform.GotoAsync(platformUrl + "/platform");
        await Expect(platform.Locator($"tr[data-code='{code}']")).ToContainTextAsync("Live");
        await platform.Locator($"tr[data-code='{code}']").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Suspend Westshire Council" }).ClickAsync();
        await Expect(platform.Heading()).ToHaveTextAsync("Are you sure you want to suspend Westshire Council?");
        await Axe.AssertNoSeriousViolationsAsync(platform);
        await Expect(platform.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "No, go back" })).ToHaveAttributeAsync("href", "/platform");
        await platform.MainButton("Yes, suspend Westshire Council").ClickAsync();
        await Expect(platform.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Westshire Council suspended");
        await Expect(platform.Locator($"tr[data-code='{code}']")).ToContainTextAsync("Suspended");
    }

    private static async Task SignUpAsync(IPage visitor, string code)
    {
        await visitor.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign your school up" }).ClickAsync();
        await visitor.GetByLabel("School name").FillAsync("Westbury Park Primary");
        await visitor.GetByLabel("URN").FillAsync((700_000 + Random.Shared.Next(0, 99_999)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        await visitor.GetByLabel("Phase").SelectOptionAsync("Primary");
        await visitor.GetByLabel("Type of school").SelectOptionAsync(new SelectOptionValue { Label = "Maintained school (community, foundation or voluntary)" });
        await visitor.GetByLabel("Address line 1").FillAsync("1 Park Road");
        await visitor.GetByLabel("Town or city").FillAsync("Westbury");
        await visitor.GetByLabel("Postcode").FillAsync("WB2 2BB");
        await visitor.GetByLabel("Full name").FillAsync("Wren Lead");
        await visitor.GetByLabel("Email address").FillAsync($"wren@{code}.school.example");
        await visitor.GetByLabel("Package").SelectOptionAsync(new SelectOptionValue { Label = "Bronze" });
        await visitor.GetByLabel("How will the school pay?").SelectOptionAsync("Invoice");
        await visitor.GetByLabel("Purchase order number").FillAsync("PO-WEST-1");
        await visitor.MainButton("Send sign-up").ClickAsync();
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("Sign-up received");
    }

    private static async Task ApproveAndRecordPaymentAsync(IPage admin, string site)
    {
        await admin.GotoAsync(site + "/admin/sign-ups");
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Westbury Park Primary" }).ClickAsync();
        await admin.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve: add the school, invite the co-ordinator, start the subscription" }).ClickAsync();
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "See the subscription" }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("Awaiting payment");
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^EM-") }).ClickAsync();
        await Expect(admin.Heading()).ToContainTextAsync("VAT invoice EM-");
        await Expect(admin.Locator("main")).ToContainTextAsync("GB123456782");
        await admin.MainButton("Mark as paid").ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("Paid");
    }

    private async Task AcceptAndSeePackageAsync(IBrowserContext context, TenantInfo tenant, string code)
    {
        var school = await context.NewPageAsync();
        await school.GotoAsync(await InvitationLinkAsync(tenant, $"wren@{code}.school.example"));
        await school.Locator("#Input_Password").FillAsync("willow river lantern 7");
        await school.Locator("#Input_ConfirmPassword").FillAsync("willow river lantern 7");
        await school.MainButton("Set password and sign in").ClickAsync();
        await Expect(school.Heading()).ToHaveTextAsync("Welcome, Wren Lead");
        await school.GotoAsync(fixture.TenantUrl(code, "/our-package"));
        await Expect(school.Heading()).ToHaveTextAsync("Our package");
        await Expect(school.Locator("main")).ToContainTextAsync("Bronze");
        await Expect(school.Locator("main")).ToContainTextAsync("Active");
        await Axe.AssertNoSeriousViolationsAsync(school);
    }

    private async Task<string> InvitationLinkAsync(TenantInfo tenant, string email)
    {
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var emails = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOutboundEmailsQuery(email));
        var links = emails.Select(e => Journeys.Pattern(@"http://\S+/account/accept-invitation\?\S+").Match(e.Body)).Where(m => m.Success).ToList();
        return Assert.Single(links).Value;
    }

    private async Task PriceEveryPackageAndEnterInvoiceDetailsAsync(TenantInfo tenant)
    {
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var catalogue = await mediator.Send(new GetCatalogueQuery());
        foreach (var package in catalogue.Packages)
        {
            await mediator.Send(new SetPackagePricesCommand(package.Id, catalogue.PhaseBands.Select(b => new PackagePriceInput(b.Id, 45000)).ToList()));
        }

        await mediator.Send(new UpdateSubscriptionSettingsCommand(
            20, new VatBySchoolTypeDto(VatTreatment.OutsideScope, VatTreatment.StandardRate, VatTreatment.StandardRate, VatTreatment.StandardRate), "GB123456782", new PostalAddressDto("Shire Hall", null, "Westbury", "WB1 1AA"), 9, 1, 30, 30));
    }
}
