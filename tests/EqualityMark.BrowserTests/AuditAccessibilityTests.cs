using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>axe-core finds nothing serious or critical on the Audit pages, for schools and for the authority.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AuditAccessibilityTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task School_audit_pages_are_accessible()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);

        await page.GotoAsync(Lancashire + "/audit");
        await Expect(page.Warning()).ToContainTextAsync(AuditSteps.SeniorLeaderWarning);
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/audit/reference-group");
        await AuditSteps.AddReferenceGroupMemberAsync(page, "Sasha Head", "SeniorLeadership");
        await Axe.AssertNoSeriousViolationsAsync(page);

        var auditId = await AuditSteps.StartAuditAsync(page, Lancashire);
        await page.GotoAsync($"{Lancashire}/audit/{auditId}?element=leadership");
        await Expect(page.Locator("main div.em-judgement").First).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync($"{Lancashire}/audit/{auditId}/grid");
        await Expect(page.Locator("table.em-grid")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        // With an error shown, too.
        await page.MainButton("Save override").ClickAsync();
        await Expect(page.ErrorSummary()).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Authority_audit_pages_are_accessible()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, "admin@lancashire.example", "Alex Morgan");

        await page.GotoAsync(Lancashire + "/audit/schools");
        await Expect(page.Heading()).ToContainTextAsync("Schools' audits");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/audit/heat-map");
        await Expect(page.Heading()).ToContainTextAsync("Heat-map");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(Lancashire + "/audit/framework");
        await Expect(page.Heading()).ToHaveTextAsync("Audit framework");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
