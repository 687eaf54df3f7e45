using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// Steps 4 and 5 in a browser: the co-ordinator plans from a red cell and gives an action to a member, the member
/// records progress and uploads evidence, the co-ordinator records impact; axe checks every page on the way.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ActionPlanJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Coordinator_plans_from_a_red_cell_a_member_records_progress_and_evidence_and_impact_is_recorded()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var coordinatorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var coordinator = await coordinatorContext.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        var auditId = await AuditSteps.StartAuditAsync(coordinator, Lancashire);
        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}?element=leadership");
        var judgement = coordinator.FirstJudgement("race");
        await AuditSteps.FillJudgementAsync(judgement, "Red", "No governor has had equality training");
        await AuditSteps.SaveAsync(judgement);
        await Expect(coordinator.SuccessBanner()).ToBeVisibleAsync();

        // The plan offers the red cell as a candidate priority.
        await coordinator.GotoAsync(Lancashire + "/action-plan");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Equality action plan");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Plan an objective for Leadership, management and governance – Race" }).ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Add an objective");
        await Expect(coordinator.Locator("#cell-leadership-race")).ToBeCheckedAsync();
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        // Errors first: every message links to its field.
        await coordinator.MainButton("Add objective").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToContainTextAsync("Enter the objective");
        await Expect(coordinator.ErrorSummary()).ToContainTextAsync("Enter a review date");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        foreach (var href in await coordinator.Locator(".govuk-error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            await Expect(coordinator.Locator(href)).ToHaveCountAsync(1);
        }

        await coordinator.Locator("#Input_Title").FillAsync("Governors lead equality with confidence");
        await coordinator.Locator("#Input_SipReference").FillAsync("SIP 1.2");
        await coordinator.Locator("#Input_SuccessCriteria").FillAsync("Every governor has completed equality training");
        await coordinator.Locator("#Input_ReviewOn").FillAsync("16");
        await coordinator.Locator("#Input_ReviewOn_Month").FillAsync("7");
        await coordinator.Locator("#Input_ReviewOn_Year").FillAsync("2027");
        await coordinator.MainButton("Add objective").ClickAsync();
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Objective added to the plan");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Governors lead equality with confidence");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        // Delegate an action to the member.
        await coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Add an action" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.Locator("#Input_Description").FillAsync("Book equality training for the governing body");
        await coordinator.Locator("#Input_OwnerUserId").SelectOptionAsync(new SelectOptionValue { Label = TestSchool.MemberName });
        await FillDateAsync(coordinator, "Input_StartOn", "4", "1", "2027");
        await FillDateAsync(coordinator, "Input_DueOn", "26", "3", "2027");
        await coordinator.Locator("#Input_Cost").FillAsync("150");
        await coordinator.MainButton("Add action").ClickAsync();
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Action added");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("£150.00");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        // The member sees the action given to them, records progress and uploads evidence.
        await using var memberContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var member = await memberContext.NewPageAsync();
        await Journeys.SignInAsync(member, Lancashire, school.MemberEmail, TestSchool.MemberName);
        await member.GotoAsync(Lancashire + "/action-plan");
        await Expect(member.Locator("main h2").First).ToHaveTextAsync("Your actions");
        await member.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Book equality training for the governing body" }).ClickAsync();
        await member.GetByLabel("In progress").CheckAsync();
        await member.GetByLabel("Amber: some concerns").CheckAsync();
        await member.Locator("#Progress_Note").FillAsync("Trainer booked for the spring governors' meeting");
        await member.MainButton("Record progress").ClickAsync();
        await Expect(member.SuccessBanner()).ToContainTextAsync("Progress recorded");
        await Expect(member.Locator("main")).ToContainTextAsync("Status: Not started → In progress");
        await member.Locator("#File").SetInputFilesAsync(new FilePayload { Name = "Training booking.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await member.MainButton("Upload file").ClickAsync();
        await Expect(member.SuccessBanner()).ToContainTextAsync("Evidence file uploaded");
        await Expect(member.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Training booking.pdf", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(member);

        // The co-ordinator records the impact on the objective.
        await coordinator.GotoAsync(Lancashire + "/action-plan");
        await coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Governors lead equality with confidence" }).ClickAsync();
        await coordinator.Locator("summary", new PageLocatorOptions { HasText = "Record impact" }).ClickAsync();
        await coordinator.Locator("#Impact_WhatChanged").FillAsync("Governors now question the equality data in every report");
        await coordinator.Locator("#Impact_StrandKey").SelectOptionAsync("race");
        await coordinator.Locator("#Impact_Group").FillAsync("Pupils from minority ethnic groups");
        await coordinator.MainButton("Record impact").ClickAsync();
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Impact recorded");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Race: Pupils from minority ethnic groups");

        // Removing asks first; the printable plan and the team's pages pass axe too.
        await coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Remove the objective" }).ClickAsync();
        await Expect(coordinator.Heading()).ToContainTextAsync("Are you sure you want to remove");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "No, keep it" }).ClickAsync();
        await coordinator.GotoAsync(Lancashire + "/action-plan/print");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("For the governing body");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await using var adminContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await adminContext.NewPageAsync();
        await Journeys.SignInAsync(admin, Lancashire, "admin@lancashire.example", "Alex Morgan");
        await admin.GotoAsync(Lancashire + "/action-plan/schools");
        await Expect(admin.Heading()).ToHaveTextAsync("Schools' action plans");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.GotoAsync(Lancashire + "/action-plan/settings");
        await admin.Locator("#DueSoonDays").FillAsync("10");
        await admin.MainButton("Save settings").ClickAsync();
        await Expect(admin.SuccessBanner()).ToContainTextAsync("Action plan settings saved");
        await Axe.AssertNoSeriousViolationsAsync(admin);
    }

    private static async Task FillDateAsync(IPage page, string id, string day, string month, string year)
    {
        await page.Locator("#" + id).FillAsync(day);
        await page.Locator($"#{id}_Month").FillAsync(month);
        await page.Locator($"#{id}_Year").FillAsync(year);
    }
}
