using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// An administrator changes a meeting (a second editor with an older copy is told and keeps what they typed), then cancels
/// it after a confirmation page; the school sees it cancelled with nothing to book, and is offered "Add to your calendar"
/// only while it has a place. axe on every page touched.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class MeetingChangeJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    private static ILocator Banner(IPage page) => page.Locator(".govuk-notification-banner--success");

    [Fact]
    public async Task A_meeting_is_changed_by_one_of_two_editors_and_then_cancelled_after_asking()
    {
        var title = "Autumn network " + RandomNumberGenerator.GetHexString(4);
        var school = await fixture.CreateSubscribedSchoolAsync("Gold");
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = adminContext;
        var (secondContext, second) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var __ = secondContext;
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, title, capacity: 20);
        var meetingUrl = $"{Lancashire}/meetings/{meetingId}";

        // The school has no place yet: no calendar link. With a place, the link gives the .ics file.
        var (coordinatorContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var ___ = coordinatorContext;
        await coordinator.GotoAsync(meetingUrl);
        await Expect(coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Add to your calendar (.ics)" })).ToHaveCountAsync(0);
        await EventSteps.BookAsync(coordinator, Lancashire, meetingId, ("Robin Rep", "robin.rep@example.org"));
        var calendarLink = coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Add to your calendar (.ics)" });
        await Expect(calendarLink).ToHaveAttributeAsync("href", $"/calendar/meeting/{meetingId}.ics");
        Assert.Equal(200, await coordinator.EvaluateAsync<int>("async path => (await fetch(path)).status", $"/calendar/meeting/{meetingId}.ics"));

        // Two administrators open the edit page; the first saves, the second is told and keeps their typing.
        await admin.GotoAsync(meetingUrl);
        await admin.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Change the meeting" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Change the meeting");
        await Expect(admin.Locator("#Input_Date")).ToHaveValueAsync(EventSteps.DayIn(30).Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await second.GotoAsync(meetingUrl + "/edit");

        await admin.Locator("#Input_Venue").FillAsync("Lancaster Town Hall");
        await admin.MainButton("Save changes").ClickAsync();
        await Expect(Banner(admin)).ToContainTextAsync("Meeting changed");
        await Expect(admin.Locator("main .govuk-summary-list")).ToContainTextAsync("Lancaster Town Hall");

        await second.Locator("#Input_Title").FillAsync(title + " (second editor)");
        await second.MainButton("Save changes").ClickAsync();
        await Expect(second.ErrorSummary()).ToContainTextAsync("Someone changed this meeting after you opened it");
        await Expect(second.Locator("#Input_Title")).ToHaveValueAsync(title + " (second editor)");
        await Expect(second.Locator("#current-meeting")).ToContainTextAsync("Lancaster Town Hall");
        await Axe.AssertNoSeriousViolationsAsync(second);

        // Cancelling asks first; "No, go back" changes nothing.
        await admin.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel the meeting" }).ClickAsync();
        await Expect(admin.Heading()).ToContainTextAsync($"Are you sure you want to cancel {title}");
        await Expect(admin.Locator("main .govuk-warning-text")).ToContainTextAsync("1 booked and 0 on the waiting list will be emailed");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "No, go back" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(meetingUrl);
        await admin.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel the meeting" }).ClickAsync();
        await admin.MainButton("Yes, cancel the meeting").ClickAsync();
        await Expect(Banner(admin)).ToContainTextAsync("Meeting cancelled");
        await Expect(admin.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Cancelled");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await coordinator.GotoAsync(meetingUrl);
        await Expect(coordinator.Locator("main .govuk-warning-text")).ToContainTextAsync("This meeting has been cancelled");
        await Expect(coordinator.MainButton("Book")).ToHaveCountAsync(0);
        await Expect(coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Add to your calendar (.ics)" })).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.GotoAsync(Lancashire + "/meetings");
        await Expect(coordinator.Locator("main tr").Filter(new LocatorFilterOptions { HasText = title }).Locator(".govuk-tag")).ToHaveTextAsync("Cancelled");
    }
}
