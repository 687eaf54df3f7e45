using EqualityMark.Audit.Features.Benchmarks;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// A co-ordinator goes from the summary grid to how it compares, strand by strand; the administrator reads the
/// authority's benchmarks, changes phase, and stops sharing its figures in the audit settings. axe-core finds nothing
/// serious on any page.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class BenchmarkJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    private string Northdale => fixture.TenantUrl("northdale", string.Empty);

    [Fact]
    public async Task A_coordinator_compares_the_summary_grid_strand_by_strand()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await ComputeAsync("lancashire");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, Lancashire, school.CoordinatorEmail, TestSchool.CoordinatorName);
        await page.GotoAsync(Lancashire + "/audit/reference-group");
        await AuditSteps.AddReferenceGroupMemberAsync(page, "Sasha Head", "SeniorLeadership");
        var auditId = await AuditSteps.StartAuditAsync(page, Lancashire);

        await page.GotoAsync($"{Lancashire}/audit/{auditId}/grid");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "How your grid compares with other schools" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("How your summary grid compares");
        await Expect(page.Locator("#computed-at")).ToContainTextAsync("Figures were last worked out on");
        await Expect(page.Locator("main table").First).ToContainTextAsync("Your rating");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Strands" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Disability" }).ClickAsync();
        await Expect(page.Locator("main h2").First).ToContainTextAsync("Disability");
        await Expect(page.Locator("nav[aria-label='Strands'] a[aria-current='page']")).ToHaveTextAsync("Disability");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_administrator_reads_the_benchmarks_and_stops_sharing_them()
    {
        await ComputeAsync("northdale");
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Northdale, "admin@northdale.example", "Alex Morgan");

        await admin.GotoAsync(Northdale + "/audit/heat-map");
        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Benchmarks: your schools beside all authorities'" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Benchmarks");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.Locator("#Phase").SelectOptionAsync("Secondary");
        await admin.MainButton("Show phase").ClickAsync();
        await Expect(admin).ToHaveURLAsync(Journeys.Pattern("phase=Secondary"));
        await Expect(admin.Locator("#Phase")).ToHaveValueAsync("Secondary");

        await admin.GotoAsync(Northdale + "/audit/settings");
        await admin.GetByLabel("No, keep them to this authority").CheckAsync();
        await admin.MainButton("Save settings").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Audit settings saved");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.GotoAsync(Northdale + "/audit/benchmarks");
        await Expect(admin.Locator("main")).ToContainTextAsync("Your authority does not share its figures with other authorities.");
        await Expect(admin.Locator("[data-not-shown='all']").First).ToContainTextAsync("does not share its figures");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.GotoAsync(Northdale + "/audit/settings");
        await admin.GetByLabel("Yes, share them").CheckAsync();
        await admin.MainButton("Save settings").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Audit settings saved");
    }

    private async Task ComputeAsync(string code)
    {
        var tenant = await fixture.TenantAsync(code);
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ComputeBenchmarkCountsCommand());
    }
}
