using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>"Check before you send": blocked by problems, fixed, sent past warnings, with a success banner.</summary>
[Collection(BrowserSuite.Name)]
public sealed class CheckBeforeSendJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Coordinator_fixes_what_blocks_sending_then_sends_past_the_warnings()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var coordinator = await context.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        var auditId = await AuditSteps.StartAuditAsync(coordinator, Lancashire);

        // Blocked: no senior leader, nothing judged. The error summary links to where each is fixed.
        await coordinator.CheckAndSendLink().ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Check your audit before you send it");
        var problems = coordinator.ErrorSummary().Locator("li a");
        await Expect(problems).ToHaveTextAsync([
            "Add a member of the senior leadership team to your reference group",
            "Make at least one judgement before sending the audit",
        ]);
        await Expect(coordinator.MainButton("Send the audit to the team")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await problems.First.ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Equality reference group");
        await AuditSteps.AddReferenceGroupMemberAsync(coordinator, "Sasha Head", "SeniorLeadership");

        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}/check");
        await coordinator.ErrorSummary().Locator("li a").First.ClickAsync();
        var judgement = coordinator.FirstJudgement("race");
        await AuditSteps.FillJudgementAsync(judgement, "Amber", "Vision known by staff, not yet by pupils");
        await AuditSteps.SaveAsync(judgement);
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Your judgement was saved.");

        // Only warnings now: the audit can be sent with judgements still to make.
        await coordinator.GotoAsync($"{Lancashire}/audit/{auditId}");
        await coordinator.CheckAndSendLink().ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToHaveCountAsync(0);
        await Expect(coordinator.Warning()).ToContainTextAsync("judgements have not been made");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Included");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.MainButton("Send the audit to the team").ClickAsync();
        await Expect(coordinator).ToHaveURLAsync($"{Lancashire}/audit/{auditId}?sent=1");
        await Expect(coordinator.SuccessBanner()).ToContainTextAsync("Your audit has been sent to the equality team");
        await Expect(coordinator.CheckAndSendLink()).ToHaveCountAsync(0);
    }
}
