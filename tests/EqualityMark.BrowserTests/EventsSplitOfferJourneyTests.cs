using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>One place comes free for a waiting group of two: the co-ordinator takes it for one representative, checks and confirms.</summary>
[Collection(BrowserSuite.Name)]
public sealed class EventsSplitOfferJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task The_coordinator_takes_the_one_free_place_for_one_representative_and_the_other_keeps_waiting()
    {
        var full = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var waiting = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName);
        await using var _ = adminContext;
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, $"Split meeting {RandomNumberGenerator.GetHexString(6)}", capacity: 2);

        var (fullContext, first) = await fixture.SignedInAsync(full.CoordinatorEmail, TestSchool.CoordinatorName);
        await using var __ = fullContext;
        await EventSteps.BookAsync(first, Lancashire, meetingId, ("Fay First", $"fay-{full.CoordinatorEmail}"), ("Fin First", $"fin-{full.CoordinatorEmail}"));
        var (waitingContext, coordinator) = await fixture.SignedInAsync(waiting.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var ___ = waitingContext;
        await EventSteps.BookAsync(coordinator, Lancashire, meetingId, ("Wyn Waiting", $"wyn-{waiting.CoordinatorEmail}"), ("Wes Waiting", $"wes-{waiting.CoordinatorEmail}"));
        await first.BookingRow("Fay First").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Cancel") }).ClickAsync();
        await first.MainButton("Yes, cancel the place").ClickAsync();
        await Expect(first.BookingRow("Fay First")).ToHaveCountAsync(0);

        await coordinator.ReloadAsync();
        await coordinator.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Answer the offer" }).ClickAsync();
        await Expect(coordinator.Heading()).ToContainTextAsync("Places free at");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.MainButton("Continue").ClickAsync(); // nobody chosen
        await Expect(coordinator.ErrorSummary()).ToContainTextAsync("Choose who takes the places that are free");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.GoBackAsync();
        await coordinator.GetByLabel("Wes Waiting").CheckAsync();
        await coordinator.MainButton("Continue").ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Check your answer");
        await Expect(coordinator.Locator("main .govuk-summary-list")).ToContainTextAsync("Wes Waiting");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Confirm and take the places").ClickAsync();

        await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern($"/meetings/{meetingId}\\?done=offer-accepted$"));
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Places taken.");
        await Expect(coordinator.BookingRow("Wes Waiting").Locator(".govuk-tag")).ToHaveTextAsync("Confirmed");
        await Expect(coordinator.BookingRow("Wyn Waiting").Locator(".govuk-tag")).ToHaveTextAsync("Waiting list");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
    }
}
