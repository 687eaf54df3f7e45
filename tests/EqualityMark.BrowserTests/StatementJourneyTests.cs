using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The co-ordinator writes the equality statement, checks the answers and publishes; a visitor who is not signed in
/// reads it. axe-core finds nothing serious on any of the pages, errors shown included.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class StatementJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Coordinator_writes_checks_and_publishes_the_statement_and_anyone_can_read_it()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        var urn = await AddObjectiveAsync(school.Id, "Every pupil feels safe to be themselves");
        var (context, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = context;

        await coordinator.GotoAsync(Lancashire + "/action-plan/equality-statement");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Equality information and objectives");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.Locator("#Input_InformationNarrative").FillAsync("We eliminate discrimination, advance equality of opportunity and foster good relations.");
        await coordinator.MainButton("Add a figure").ClickAsync();
        await coordinator.Locator("#Input_Figures_0__StrandKey").SelectOptionAsync("religion-belief");
        await coordinator.Locator("#Input_Figures_0__GroupLabel").FillAsync("Pupils withdrawn from collective worship");
        await coordinator.Locator("#Input_Figures_0__Count").FillAsync("3");
        await coordinator.Locator("#Input_Figures_0__OutOf").FillAsync("180");
        await coordinator.GetByLabel("Every pupil feels safe to be themselves", new PageGetByLabelOptions { Exact = false }).CheckAsync();
        await coordinator.Locator("#Input_ApprovedBy").FillAsync("Full governing body");
        var approved = UkTime.Today(TimeProvider.System).AddDays(-7);
        await FillDateAsync(coordinator, "Input_ApprovedOn", approved);
        await FillDateAsync(coordinator, "Input_ObjectivesReviewOn", approved.AddYears(5));
        await FillDateAsync(coordinator, "Input_InformationReviewOn", approved.AddMonths(11));
        await coordinator.MainButton("Save draft").ClickAsync();
        await Expect(coordinator.ErrorSummary()).ToContainTextAsync("no more than 4 years after approval");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await FillDateAsync(coordinator, "Input_ObjectivesReviewOn", approved.AddYears(3));
        await coordinator.MainButton("Save draft").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Draft saved");
        await coordinator.Locator(".govuk-notification-banner--success").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Check your answers and publish" }).ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Check your answers before publishing");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("shown as fewer than 5");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.MainButton("Publish").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Equality statement published (version 1)");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        var visitorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        await using var __ = visitorContext;
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"{Lancashire}/schools/{urn}/equality");
        await Expect(visitor.Heading()).ToHaveTextAsync("Equality information and objectives");
        var row = visitor.Locator("main tr", new PageLocatorOptions { HasText = "Pupils withdrawn from collective worship" });
        await Expect(row).ToContainTextAsync("fewer than 5");
        await Expect(visitor.Locator("main")).ToContainTextAsync("Every pupil feels safe to be themselves");
        await Axe.AssertNoSeriousViolationsAsync(visitor);
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>An objective in the school's plan (the plan's own pages are another journey); returns the school's URN.</summary>
    private async Task<string> AddObjectiveAsync(Guid schoolId, string title)
    {
        var tenant = await fixture.TenantAsync("lancashire");
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanningDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = UkTime.Today(TimeProvider.System);
        var plan = new ActionPlan { SchoolId = schoolId, SchoolName = "Browser school", CreatedAt = now, LastUpdatedAt = now };
        var objective = new Objective
        {
            PlanId = plan.Id, SchoolId = schoolId, AcademicYear = AcademicYear.For(today), Title = title,
            SuccessCriteria = "Pupil survey shows it", ReviewOn = today.AddMonths(6), CreatedAt = now, CreatedBy = "Test", UpdatedAt = now,
        };
        db.Plans.Add(plan);
        db.Objectives.Add(objective);
        db.Actions.Add(new PlanAction
        {
            ObjectiveId = objective.Id, SchoolId = schoolId, Description = "Pupil voice survey each term", OwnerName = TestSchool.CoordinatorName,
            StartOn = today, DueOn = today.AddMonths(2), Status = ActionStatus.NotStarted, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        var school = await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new EqualityMark.Organisations.Contracts.GetSchoolQuery(schoolId));
        return school.Urn;
    }
}
