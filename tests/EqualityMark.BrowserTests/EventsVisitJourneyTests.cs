using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>What a package allows: Bronze has no INSET; Silver has an INSET or a second advisory visit, not both.</summary>
[Collection(BrowserSuite.Name)]
public sealed class EventsVisitJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Bronze_cannot_request_inset_and_silver_gets_one_inset_instead_of_a_second_visit()
    {
        var bronze = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var silver = await fixture.CreateSubscribedSchoolAsync("Silver");
        var advisor = await fixture.CreateAdvisorAsync();

        var (bronzeContext, bronzePage) = await fixture.SignedInAsync(bronze.CoordinatorEmail, TestSchool.CoordinatorName);
        await using (bronzeContext)
        {
            await EventSteps.RequestVisitAsync(bronzePage, Lancashire, "Inset", "Staff training on the Equality Act");
            await Expect(bronzePage.ErrorSummary()).ToBeVisibleAsync();
            await Expect(bronzePage.ErrorSummary()).ToContainTextAsync("does not include");
            await Expect(bronzePage.ErrorSummary().Locator("a[href='#Input_Kind']")).ToHaveCountAsync(1);
            await Expect(bronzePage.Locator("#Input_Kind")).ToHaveValueAsync("Inset");
            await Expect(bronzePage.Locator("#Input_Focus")).ToHaveValueAsync("Staff training on the Equality Act");
        }

        await using var silverContext = await fixture.NewContextAsync();
        var coordinator = await silverContext.NewPageAsync();
        await Journeys.SignInAsync(coordinator, Lancashire, silver.CoordinatorEmail, TestSchool.CoordinatorName);
        await EventSteps.RequestVisitAsync(coordinator, Lancashire, "Inset", "Staff training on the Equality Act");
        await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern($"^{Lancashire}/visits/[0-9a-f-]{{36}}$"));
        var visitUrl = coordinator.Url;
        await Expect(coordinator.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Requested");

        // The administrator confirms the INSET with the test's own advisor.
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName);
        await using (adminContext)
        {
            await admin.GotoAsync(visitUrl);
            await admin.Locator("#Confirm_AdvisorId").SelectOptionAsync(new SelectOptionValue { Label = advisor });
            await EventSteps.FillDateAsync(admin, "Confirm_Date", EventSteps.DayIn(21));
            await admin.Locator("#Confirm_StartTime").FillAsync("09:00");
            await admin.Locator("#Confirm_EndTime").FillAsync("12:00");
            await admin.MainButton("Confirm visit").ClickAsync();
            await Expect(admin.ErrorSummary()).ToContainTextAsync("up to 2 hours"); // an INSET session lasts up to 2 hours (ADR 0020)
            await admin.Locator("#Confirm_EndTime").FillAsync("11:00");
            await admin.MainButton("Confirm visit").ClickAsync();
            await Expect(admin.ErrorSummary()).ToHaveCountAsync(0);
            await Expect(admin).ToHaveURLAsync(visitUrl);
            await Expect(admin.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Confirmed");
            await Expect(admin.Locator("main .govuk-summary-list")).ToContainTextAsync(advisor);
        }

        // Silver's one INSET-or-second-visit is used: a second advisory visit is refused.
        await EventSteps.RequestVisitAsync(coordinator, Lancashire, "SecondAdvisory", "Follow-up on the action plan");
        await Expect(coordinator.ErrorSummary()).ToBeVisibleAsync();
        await Expect(coordinator.ErrorSummary()).ToContainTextAsync("second advisory visit");
        await Expect(coordinator).ToHaveURLAsync(Lancashire + "/visits");

        // The school has not sent this year's audit: the checklist says so.
        await coordinator.GotoAsync(visitUrl);
        await Expect(coordinator.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Confirmed");
        var auditItem = coordinator.Locator("main ul.govuk-list li").Filter(new LocatorFilterOptions { HasText = "whole-school audit" });
        await Expect(auditItem.Locator(".govuk-tag")).ToHaveTextAsync("Not yet");
        var confirmedItem = coordinator.Locator("main ul.govuk-list li").Filter(new LocatorFilterOptions { HasText = "An advisor and a time are confirmed" });
        await Expect(confirmedItem.Locator(".govuk-tag")).ToHaveTextAsync("Done");
    }
}
