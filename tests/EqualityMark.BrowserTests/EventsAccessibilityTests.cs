using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>axe-core finds nothing serious or critical on the Events pages, for staff and schools, with errors shown.</summary>
[Collection(BrowserSuite.Name)]
public sealed class EventsAccessibilityTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Meeting_pages_are_accessible_for_admin_and_school()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = adminContext;

        await admin.GotoAsync(Lancashire + "/meetings/new");
        await Expect(admin.Heading()).ToHaveTextAsync("Schedule a network meeting");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Input_Title").FillAsync(string.Empty);
        await admin.MainButton("Schedule meeting").ClickAsync();
        await Expect(admin.ErrorSummary()).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(admin);

        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, $"Accessible meeting {RandomNumberGenerator.GetHexString(6)}", 10);
        await admin.GotoAsync(Lancashire + "/meetings");
        await Expect(admin.Heading()).ToHaveTextAsync("Co-ordinators' network meetings");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var __ = schoolContext;
        await EventSteps.BookAsync(coordinator, Lancashire, meetingId, ("Robin Rep", $"robin-{school.CoordinatorEmail}"));
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Book").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.GotoAsync(Lancashire + "/meetings");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await admin.GotoAsync($"{Lancashire}/meetings/{meetingId}");
        await Expect(admin.BookingRow("Robin Rep")).ToHaveCountAsync(1);
        await Expect(admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Download the list (CSV)" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Message_Subject").FillAsync("Parking");
        await admin.Locator("#Message_Body").FillAsync("Please use the rear car park.");
        await admin.MainButton("Send message").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Message sent to 1 person");
        await Axe.AssertNoSeriousViolationsAsync(admin);
    }

    [Fact]
    public async Task Visit_pages_are_accessible_for_coordinator_and_admin()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = schoolContext;

        await coordinator.GotoAsync(Lancashire + "/visits");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Visits and INSET");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Request visit").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await EventSteps.RequestVisitAsync(coordinator, Lancashire, "Annual", "Our action plan");
        await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern($"^{Lancashire}/visits/[0-9a-f-]{{36}}$"));
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var __ = adminContext;
        await admin.GotoAsync(coordinator.Url);
        await Expect(admin.MainButton("Confirm visit")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton("Confirm visit").ClickAsync();
        await Expect(admin.ErrorSummary()).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.GotoAsync(Lancashire + "/visits");
        await Axe.AssertNoSeriousViolationsAsync(admin);
    }

    [Fact]
    public async Task Calendar_and_dashboard_are_accessible()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = schoolContext;
        await EventSteps.RequestVisitAsync(coordinator, Lancashire, "Annual", "Our action plan");

        await coordinator.GotoAsync(Lancashire + "/calendar");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Your calendar");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Create my calendar address").ClickAsync();
        await Expect(coordinator.Locator("main .govuk-panel")).ToContainTextAsync("Your calendar feed");
        await Expect(coordinator.Locator("main code")).ToContainTextAsync("http");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var __ = adminContext;
        await admin.GotoAsync(Lancashire + "/events");
        await Expect(admin.Heading()).ToContainTextAsync("Meetings and visits");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.GotoAsync(Lancashire + "/calendar");
        await Expect(admin.Locator("main a", new PageLocatorOptions { HasText = ".ics" }).First).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(admin);
    }
}
