using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>A co-ordinator hands the role over and stays as a member; the administrator deactivates someone behind a confirmation.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PeopleJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task A_coordinator_hands_over_and_the_administrator_deactivates_the_former_coordinator()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var coordinatorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var coordinator = await coordinatorContext.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);

        // The invitation page says what an invitation does, and that the reference group's list is kept on its own page.
        await coordinator.GotoAsync(Lancashire + "/people/invite");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Sending an invitation does not add them to the list of your equality reference group");
        await Expect(coordinator.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "reference group page" })).ToHaveAttributeAsync("href", "/audit/reference-group");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.GotoAsync(Lancashire + "/people");
        await coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Hand over the co-ordinator role" }).ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Hand over the co-ordinator role");
        await coordinator.MainButton("Hand over the role").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToContainTextAsync("Choose who takes over as co-ordinator");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.GetByLabel(TestSchool.MemberName).CheckAsync();
        await coordinator.MainButton("Hand over the role").ClickAsync();
        await Expect(coordinator.Locator(".govuk-panel")).ToContainTextAsync($"{TestSchool.MemberName} is now your school's co-ordinator");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("You are now a reference group member");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await using var adminContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await adminContext.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await admin.GotoAsync(Lancashire + "/people");
        await admin.Locator("main tr", new PageLocatorOptions { HasText = school.CoordinatorEmail })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = $"Manage {TestSchool.CoordinatorName}" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync(TestSchool.CoordinatorName);
        await Expect(admin.Locator("#person")).ToContainTextAsync("Reference group member");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Deactivate" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync($"Are you sure you want to deactivate {TestSchool.CoordinatorName}?");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton($"Deactivate {TestSchool.CoordinatorName}").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("has been deactivated and signed out");
        await Expect(admin.Locator("#status")).ToHaveTextAsync("Deactivated");

        await coordinator.GotoAsync(Lancashire + "/people");
        await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern("/account/sign-in"));
    }
}
