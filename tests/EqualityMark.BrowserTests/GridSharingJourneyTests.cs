using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>The co-ordinator shares the summary grid with the reference group; a member sees its ratings, not the overrides or history (ADR 0029).</summary>
[Collection(BrowserSuite.Name)]
public sealed class GridSharingJourneyTests(BrowserFixture fixture)
{
    private const string Rationale = "Policy reviewed with governors in October";

    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Coordinator_shares_the_grid_and_the_member_sees_ratings_only_until_it_is_unshared()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var coordinatorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var coordinator = await coordinatorContext.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        var auditId = await AuditSteps.StartAuditAsync(coordinator, Lancashire);
        var grid = $"{Lancashire}/audit/{auditId}/grid";
        await coordinator.GotoAsync(grid);
        await coordinator.Locator("#Input_Cell").SelectOptionAsync("policy|sex");
        await coordinator.Locator("#Input_Rating").SelectOptionAsync("Green");
        await coordinator.Locator("#Input_Rationale").FillAsync(Rationale);
        await coordinator.MainButton("Save override").ClickAsync();
        await Expect(coordinator.Locator("main")).ToContainTextAsync(Rationale);

        await using var memberContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var member = await memberContext.NewPageAsync();
        await Journeys.SignInAsync(member, Lancashire, school.MemberEmail, TestSchool.MemberName);
        await member.GotoAsync(Lancashire + "/audit");
        await Expect(member.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Summary grid" })).ToHaveCountAsync(0);
        await member.GotoAsync(grid);
        await Expect(member.Heading()).ToHaveTextAsync("You cannot see this page");

        await Expect(coordinator.Locator("main")).ToContainTextAsync("Reference group members cannot see the summary grid until you share it.");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Share the summary grid with the reference group").ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern(@"/grid\?shared=True$"));
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("The summary grid is shared with the reference group");
        await Expect(coordinator.MainButton("Stop sharing the summary grid")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await member.GotoAsync(Lancashire + "/audit");
        await member.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Summary grid" }).ClickAsync();
        await Expect(member.Heading()).ToHaveTextAsync("Equality Summary Grid");
        await Expect(member.Locator("main")).Not.ToContainTextAsync(Rationale);
        await Expect(member.Locator("main")).Not.ToContainTextAsync("Changes to the grid");
        await Expect(member.Locator("main table.em-grid")).Not.ToContainTextAsync("*");
        await Expect(member.MainButton("Share the summary grid with the reference group")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(member);

        await coordinator.MainButton("Stop sharing the summary grid").ClickAsync();
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("The summary grid is no longer shared with the reference group");
        await member.ReloadAsync();
        await Expect(member.Heading()).ToHaveTextAsync("You cannot see this page");
    }
}
