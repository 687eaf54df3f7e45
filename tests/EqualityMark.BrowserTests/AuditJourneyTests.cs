using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>A co-ordinator sets up the reference group, runs the audit with a member, and sends it to the team.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AuditJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Coordinator_runs_the_audit_with_a_member_and_sends_it_to_the_team()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var coordinatorContext = await fixture.NewContextAsync();
        var coordinator = await coordinatorContext.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);

        // The reference group needs a senior leader; a teacher alone does not satisfy the rule.
        await coordinator.GotoAsync(Lancashire + "/audit");
        await Expect(coordinator.Warning()).ToContainTextAsync(AuditSteps.SeniorLeaderWarning);
        await coordinator.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Manage the reference group" }).ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Equality reference group");
        await Expect(coordinator.Warning()).ToContainTextAsync(AuditSteps.SeniorLeaderWarning);
        await AuditSteps.AddReferenceGroupMemberAsync(coordinator, "Terry Teacher", "Teacher");
        await Expect(coordinator.Warning()).ToContainTextAsync(AuditSteps.SeniorLeaderWarning);
        await AuditSteps.AddReferenceGroupMemberAsync(coordinator, "Sasha Head", "SeniorLeadership");
        await Expect(coordinator.Warning()).ToHaveCountAsync(0);
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Includes senior leadership");
        await coordinator.GotoAsync(Lancashire + "/audit");
        await Expect(coordinator.Warning()).ToHaveCountAsync(0);
        await Expect(coordinator.Locator("main")).ToContainTextAsync("2 members");

        var auditId = await AuditSteps.StartAuditAsync(coordinator, Lancashire);
        await Expect(coordinator.CheckAndSendLink()).ToBeVisibleAsync();

        // Before anything is shared out, the member has nothing to do.
        await using var memberContext = await fixture.NewContextAsync();
        var member = await memberContext.NewPageAsync();
        await Journeys.SignInAsync(member, Lancashire, school.MemberEmail, TestSchool.MemberName);
        await member.GotoAsync($"{Lancashire}/audit/{auditId}");
        await Expect(member.Locator("main")).ToContainTextAsync("No part of this audit has been given to you yet.");
        await Expect(member.Locator("main div.em-judgement")).ToHaveCountAsync(0);

        await AuditSteps.GivePartAsync(coordinator, Lancashire, auditId, TestSchool.MemberName, "element:leadership");
        await AuditSteps.GivePartAsync(coordinator, Lancashire, auditId, TestSchool.MemberName, "element:policy");
        var delegations = coordinator.Locator("main table.govuk-table tbody tr");
        await Expect(delegations).ToHaveCountAsync(2);
        await Expect(delegations.Filter(new LocatorFilterOptions { HasText = TestSchool.MemberName })).ToHaveCountAsync(2);

        // The member sees exactly the two elements given to them, and can save a judgement in one.
        await member.GotoAsync($"{Lancashire}/audit/{auditId}");
        var elements = member.Locator("main nav[aria-label='Elements of practice'] li");
        await Expect(elements).ToHaveTextAsync(["Leadership, management and governance", "Policy and planning"]);
        await Expect(member.CheckAndSendLink()).ToHaveCountAsync(0);
        await member.GotoAsync($"{Lancashire}/audit/{auditId}?element=leadership");
        var memberJudgement = member.FirstJudgement("race");
        await AuditSteps.FillJudgementAsync(memberJudgement, "Amber", "Vision known by staff, not yet by pupils");
        await AuditSteps.SaveAsync(memberJudgement);
        await Expect(member.SuccessBanner()).ToContainTextAsync("Your judgement was saved.");
        await Expect(memberJudgement.GetByLabel("Amber", new LocatorGetByLabelOptions { Exact = true })).ToBeCheckedAsync();
        await Expect(memberJudgement.Locator("textarea[name='Input.Commentary']")).ToHaveValueAsync("Vision known by staff, not yet by pupils");
        await member.GotoAsync($"{Lancashire}/audit/{auditId}?element=data");
        await Expect(member.Locator("main div.em-judgement")).ToHaveCountAsync(0);

        // The co-ordinator judges another element; the grid shows the cells.
        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}?element=data");
        var coordinatorJudgement = coordinator.FirstJudgement("race");
        await AuditSteps.FillJudgementAsync(coordinatorJudgement, "Red", "No analysis by ethnicity yet");
        await AuditSteps.SaveAsync(coordinatorJudgement);
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Your judgement was saved.");

        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}/grid");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Equality Summary Grid");
        var dataRace = await GridCellAsync(coordinator, "Data, monitoring and evaluation", "Race");
        await Expect(dataRace.Locator(".em-rag")).ToHaveTextAsync("R");
        await Expect(dataRace.Locator(".govuk-visually-hidden").First).ToHaveTextAsync("Red");
        await Expect((await GridCellAsync(coordinator, "Leadership, management and governance", "Race")).Locator(".em-rag")).ToHaveTextAsync("A");
        var policySex = await GridCellAsync(coordinator, "Policy and planning", "Sex");
        await Expect(policySex.Locator(".em-rag")).ToHaveTextAsync("–");

        // An override needs a reason.
        await coordinator.Locator("#Input_Cell").SelectOptionAsync("policy|sex");
        await coordinator.Locator("#Input_Rating").SelectOptionAsync("Green");
        await coordinator.MainButton("Save override").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToBeVisibleAsync();
        await Expect(coordinator.ErrorSummary().Locator("a[href='#Input_Rationale']")).ToHaveCountAsync(1);
        await Expect(coordinator.Locator("#Input_Rationale-error")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("#Input_Cell")).ToHaveValueAsync("policy|sex");
        await Expect(coordinator.Locator("#Input_Rating")).ToHaveValueAsync("Green");
        await coordinator.Locator("#Input_Rationale").FillAsync("Policy reviewed with governors in October");
        await coordinator.MainButton("Save override").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToHaveCountAsync(0);
        policySex = await GridCellAsync(coordinator, "Policy and planning", "Sex");
        await Expect(policySex.Locator(".em-rag")).ToHaveTextAsync("G*");
        await Expect(policySex.Locator(".govuk-visually-hidden").First).ToHaveTextAsync("Green, overridden");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Policy reviewed with governors in October");

        // Sent to the team: the audit is locked and the authority sees it as submitted.
        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}");
        await coordinator.CheckAndSendLink().ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Check your audit before you send it");
        await coordinator.MainButton("Send the audit to the team").ClickAsync();
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Your audit has been sent to the equality team");
        await coordinator.GotoAsync(Lancashire + "/audit");
        await Expect(coordinator.Locator("main .govuk-summary-list .govuk-tag")).ToHaveTextAsync("Submitted");

        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await admin.GotoAsync(Lancashire + "/audit/schools");
        var row = admin.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = school.Name });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Submitted");
    }

    /// <summary>The grid cell at an element's row and a strand's column (found by the column headers).</summary>
    private static async Task<ILocator> GridCellAsync(IPage page, string elementName, string strandName)
    {
        var headers = await page.Locator("table.em-grid thead th").AllTextContentsAsync();
        var column = headers.Select(h => h.Trim()).ToList().IndexOf(strandName);
        Assert.True(column > 0, $"No grid column {strandName}: {string.Join(", ", headers)}");
        var row = page.Locator("table.em-grid tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator("th", new PageLocatorOptions { HasText = elementName }) });
        return row.Locator("td").Nth(column - 1);
    }
}
