using System.Security.Cryptography;
using EqualityMark.Subscriptions.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// Every action ends in a success banner after POST-redirect-GET, and every destructive one asks first on a
/// GOV.UK confirmation page where "No, go back" changes nothing.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ConfirmAndBannerJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    private static ILocator Banner(IPage page) => page.Locator(".govuk-notification-banner--success");

    [Fact]
    public async Task Approving_a_sign_up_and_marking_its_invoice_paid_show_banners()
    {
        var (school, signUpId) = await fixture.SubmitSignUpAsync("Bronze");
        var (context, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = context;

        await admin.GotoAsync($"{Lancashire}/admin/sign-ups/{signUpId}");
        await admin.MainButton("Approve: add the school, invite the co-ordinator, start the subscription").ClickAsync();
        await Expect(Banner(admin)).ToContainTextAsync("Sign-up approved.");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        var invoice = await InvoiceOfAsync(school);
        await admin.GotoAsync($"{Lancashire}/invoices/{invoice.Id}");
        await admin.MainButton("Mark as paid").ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{Lancashire}/invoices/{invoice.Id}?done=paid");
        await Expect(Banner(admin)).ToHaveCountAsync(1);
        await Expect(Banner(admin)).ToContainTextAsync($"Invoice {invoice.Reference} marked as paid");
    }

    [Fact]
    public async Task Cancelling_an_invoice_asks_first()
    {
        var (school, signUpId) = await fixture.SubmitSignUpAsync("Bronze");
        var tenant = await fixture.TenantAsync("lancashire");
        await EventSetup.SendAsync(fixture, tenant, new ApproveSignUpCommand(signUpId, SubscriptionYear.Current));
        var invoice = await InvoiceOfAsync(school);
        var (context, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = context;
        var invoiceUrl = $"{Lancashire}/invoices/{invoice.Id}";

        await admin.GotoAsync(invoiceUrl);
        await admin.MainButton("Cancel invoice").ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync($"Are you sure you want to cancel invoice {invoice.Reference}?");
        await Expect(admin.Locator("main .govuk-warning-text")).ToContainTextAsync("will no longer be asked to pay");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "No, go back" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(invoiceUrl);
        Assert.Equal(InvoiceStatus.Open, (await InvoiceOfAsync(school)).Status);

        await admin.MainButton("Cancel invoice").ClickAsync();
        await admin.MainButton("Yes, cancel the invoice").ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{invoiceUrl}?done=cancelled");
        await Expect(Banner(admin)).ToContainTextAsync($"Invoice {invoice.Reference} cancelled");
        Assert.Equal(InvoiceStatus.Cancelled, (await InvoiceOfAsync(school)).Status);
    }

    [Fact]
    public async Task Reference_group_member_added_with_a_banner_and_removed_after_asking()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        var (context, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = context;

        await coordinator.GotoAsync(Lancashire + "/audit/reference-group");
        await AuditSteps.AddReferenceGroupMemberAsync(coordinator, "Jordan Parent", "Parent");
        await Expect(Banner(coordinator)).ToContainTextAsync("Jordan Parent added to the reference group");

        var remove = coordinator.Locator("main table.govuk-table tbody tr").Filter(new LocatorFilterOptions { HasText = "Jordan Parent" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Remove") });
        await remove.ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Are you sure you want to remove Jordan Parent from the reference group?");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "No, go back" }).ClickAsync();
        await Expect(coordinator.Locator("main table.govuk-table")).ToContainTextAsync("Jordan Parent");
        await Expect(Banner(coordinator)).ToHaveCountAsync(0);

        await remove.ClickAsync();
        await coordinator.MainButton("Yes, remove Jordan Parent").ClickAsync();
        await Expect(Banner(coordinator)).ToContainTextAsync("Jordan Parent removed from the reference group");
        await Expect(coordinator.Locator("main table.govuk-table")).Not.ToContainTextAsync("Jordan Parent");
    }

    [Fact]
    public async Task Saving_a_grid_override_shows_a_banner()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        var (context, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = context;
        var auditId = await AuditSteps.StartAuditAsync(coordinator, Lancashire);

        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}/grid");
        await coordinator.Locator("#Input_Cell").SelectOptionAsync("policy|sex");
        await coordinator.Locator("#Input_Rating").SelectOptionAsync("Green");
        await coordinator.Locator("#Input_Rationale").FillAsync("Policy reviewed with governors in October");
        await coordinator.MainButton("Save override").ClickAsync();
        await Expect(Banner(coordinator)).ToContainTextAsync("Override saved");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
    }

    [Fact]
    public async Task Cancelling_a_visit_asks_first()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (context, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = context;
        await EventSteps.RequestVisitAsync(coordinator, Lancashire, "Annual", "Our action plan");
        var visitUrl = coordinator.Url;

        await coordinator.MainButton("Cancel this visit").ClickAsync();
        await Expect(coordinator.Heading()).ToContainTextAsync("Are you sure you want to cancel the");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "No, go back" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(visitUrl);
        await Expect(coordinator.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Requested");

        await coordinator.MainButton("Cancel this visit").ClickAsync();
        await coordinator.MainButton("Yes, cancel the visit").ClickAsync();
        await Expect(coordinator).ToHaveURLAsync($"{visitUrl}?done=cancelled");
        await Expect(Banner(coordinator)).ToContainTextAsync("Visit cancelled");
        await Expect(coordinator.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Cancelled");
    }

    [Fact]
    public async Task Meeting_actions_show_banners_and_a_message_is_not_sent_again_on_refresh()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var title = $"Network meeting {RandomNumberGenerator.GetHexString(6)}";
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = adminContext;
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, title, capacity: 3);

        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var __ = schoolContext;
        var representative = $"robin-{school.CoordinatorEmail}";
        await EventSteps.BookAsync(coordinator, Lancashire, meetingId, ("Robin Rep", representative));
        await Expect(Banner(coordinator)).ToContainTextAsync("Places booked");

        await admin.GotoAsync($"{Lancashire}/meetings/{meetingId}");
        await admin.BookingRow("Robin Rep").Locator("select").SelectOptionAsync("Attended");
        await admin.BookingRow("Robin Rep").GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(Banner(admin)).ToContainTextAsync("Attendance saved for Robin Rep");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        var subject = $"Parking {RandomNumberGenerator.GetHexString(6)}";
        await admin.Locator("#Message_Subject").FillAsync(subject);
        await admin.Locator("#Message_Body").FillAsync("Please use the rear car park.");
        await admin.MainButton("Send message").ClickAsync();
        await Expect(admin).ToHaveURLAsync(Journeys.Pattern("\\?done=message-sent&sent=1$"));
        await Expect(Banner(admin)).ToContainTextAsync("Message sent to 1 person");
        await admin.ReloadAsync();
        await Expect(Banner(admin)).ToContainTextAsync("Message sent to 1 person");

        await admin.GotoAsync(Lancashire + "/admin/mail");
        await Expect(admin.Locator("main details summary").Filter(new LocatorFilterOptions { HasText = subject })).ToHaveCountAsync(1);
    }

    private async Task<InvoiceDto> InvoiceOfAsync(TestSchool school) =>
        (await EventSetup.SendAsync(fixture, await fixture.TenantAsync("lancashire"), new ListInvoicesQuery(school.Id))).Single();
}
