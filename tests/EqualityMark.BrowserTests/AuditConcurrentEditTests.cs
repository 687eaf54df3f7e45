using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>Two browsers edit the same judgement: the later save is told who saved first and keeps what it typed.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AuditConcurrentEditTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Second_save_of_the_same_judgement_shows_the_first_and_keeps_the_typed_text()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var firstContext = await fixture.NewContextAsync();
        await using var secondContext = await fixture.NewContextAsync();
        var first = await firstContext.NewPageAsync();
        var second = await secondContext.NewPageAsync();
        await Journeys.SignInAsync(first, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        await Journeys.SignInAsync(second, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        var auditId = await AuditSteps.StartAuditAsync(first, Lancashire);

        var elementPage = $"{Lancashire}/audit/{auditId}?element=leadership";
        await first.GotoAsync(elementPage);
        await second.GotoAsync(elementPage);
        var anchor = await first.FirstJudgement("race").GetAttributeAsync("id");
        Assert.NotNull(anchor);
        var firstJudgement = first.Locator($"#{anchor}");
        var secondJudgement = second.Locator($"#{anchor}");

        await AuditSteps.FillJudgementAsync(firstJudgement, "Green", "Vision reviewed by governors in September");
        await AuditSteps.SaveAsync(firstJudgement);
        await Expect(first.SuccessBanner()).ToContainTextAsync("Your judgement was saved.");

        // The second browser still shows the page as it was before the first save.
        await AuditSteps.FillJudgementAsync(secondJudgement, "Amber", "Staff can describe it, pupils cannot yet");
        await secondJudgement.Locator("textarea[name='Input.EvidenceNotes']").FillAsync("Pupil voice survey, October");
        await AuditSteps.SaveAsync(secondJudgement);

        await Expect(second.ErrorSummary()).ToBeVisibleAsync();
        await Expect(second.SuccessBanner()).ToHaveCountAsync(0);
        await Expect(secondJudgement).ToContainTextAsync("saved this first");
        await Expect(secondJudgement).ToContainTextAsync("Their commentary: Vision reviewed by governors in September");
        await Expect(secondJudgement.Locator("textarea[name='Input.Commentary']")).ToHaveValueAsync("Staff can describe it, pupils cannot yet");
        await Expect(secondJudgement.Locator("textarea[name='Input.EvidenceNotes']")).ToHaveValueAsync("Pupil voice survey, October");
        await Expect(secondJudgement.GetByLabel("Amber", new LocatorGetByLabelOptions { Exact = true })).ToBeCheckedAsync();

        // Saving again, knowingly, replaces the first version.
        await AuditSteps.SaveAsync(secondJudgement);
        await Expect(second.SuccessBanner()).ToContainTextAsync("Your judgement was saved.");
        await Expect(second.ErrorSummary()).ToHaveCountAsync(0);
        await Expect(secondJudgement.Locator("textarea[name='Input.Commentary']")).ToHaveValueAsync("Staff can describe it, pupils cannot yet");
        await first.ReloadAsync();
        await Expect(firstJudgement.GetByLabel("Amber", new LocatorGetByLabelOptions { Exact = true })).ToBeCheckedAsync();
    }
}
