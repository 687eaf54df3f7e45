using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// An advisor adds, changes and (after a confirmation page) removes a time they can visit; the administrator can give a
/// visit only within it, told why on the form otherwise. axe on every page touched.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AvailabilityJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    private static ILocator Banner(IPage page) => page.Locator(".govuk-notification-banner--success");

    [Fact]
    public async Task An_advisors_time_is_added_changed_used_for_a_visit_and_removed_after_asking()
    {
        var (name, email) = await fixture.CreateAdvisorWithEmailAsync(available: false);
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var day = EventSteps.DayIn(14);

        var (advisorContext, advisor) = await fixture.SignedInAsync(email, name, forAxe: true);
        await using (advisorContext)
        {
            await advisor.GotoAsync(Lancashire + "/visits/availability");
            await Axe.AssertNoSeriousViolationsAsync(advisor);
            await EventSteps.FillDateAsync(advisor, "Input_Date", day);
            await advisor.Locator("#Input_From").FillAsync("10:00");
            await advisor.Locator("#Input_Until").FillAsync("14:00");
            await advisor.MainButton("Add").ClickAsync();
            await Expect(Banner(advisor)).ToContainTextAsync("Availability added");
            var row = Row(advisor, name);
            await Expect(row).ToContainTextAsync("at 10:00 to 14:00");
            await Expect(advisor.Locator("main")).Not.ToContainTextAsync("0001");

            await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Change") }).ClickAsync();
            await Expect(advisor.Heading()).ToHaveTextAsync("Change availability");
            await Expect(advisor.Locator("#Input_Date")).ToHaveValueAsync(day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(advisor.Locator("#Input_Date_Year")).ToHaveValueAsync(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(advisor.Locator("#Input_From")).ToHaveValueAsync("10:00");
            await Axe.AssertNoSeriousViolationsAsync(advisor);
            await advisor.Locator("#Input_Until").FillAsync("09:00");
            await advisor.MainButton("Save changes").ClickAsync();
            await Expect(advisor.ErrorSummary()).ToContainTextAsync("The end must be after the start");
            await advisor.Locator("#Input_Until").FillAsync("16:00");
            await advisor.MainButton("Save changes").ClickAsync();
            await Expect(Banner(advisor)).ToContainTextAsync("Availability changed");
            await Expect(Row(advisor, name)).ToContainTextAsync("at 10:00 to 16:00");
        }

        // The school asks for its visit; the administrator is refused a morning the advisor is not free, then confirms within their time.
        var (coordinatorContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName);
        await using (coordinatorContext)
        {
            await EventSteps.RequestVisitAsync(coordinator, Lancashire, "Annual", "Verifying the race badge");
            await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern($"^{Lancashire}/visits/[0-9a-f-]{{36}}$"));
            var visitUrl = coordinator.Url;

            var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
            await using (adminContext)
            {
                await admin.GotoAsync(visitUrl);
                await admin.Locator("#Confirm_AdvisorId").SelectOptionAsync(new SelectOptionValue { Label = name });
                await EventSteps.FillDateAsync(admin, "Confirm_Date", day);
                await admin.Locator("#Confirm_StartTime").FillAsync("08:00");
                await admin.Locator("#Confirm_EndTime").FillAsync("11:00");
                await admin.MainButton("Confirm visit").ClickAsync();
                await Expect(admin.ErrorSummary()).ToContainTextAsync($"{name} is not available on");
                await Expect(admin.ErrorSummary().Locator("a[href='#Confirm_AdvisorId']")).ToHaveCountAsync(1);
                await Axe.AssertNoSeriousViolationsAsync(admin);
                await admin.Locator("#Confirm_StartTime").FillAsync("10:30");
                await admin.Locator("#Confirm_EndTime").FillAsync("13:30");
                await admin.MainButton("Confirm visit").ClickAsync();
                await Expect(admin.Locator("main h1 .govuk-tag")).ToHaveTextAsync("Confirmed");
            }
        }

        (advisorContext, advisor) = await fixture.SignedInAsync(email, name, forAxe: true);
        await using (advisorContext)
        {
            await advisor.GotoAsync(Lancashire + "/visits/availability");
            await Row(advisor, name).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Remove") }).ClickAsync();
            await Expect(advisor.Heading()).ToContainTextAsync($"Are you sure you want to remove {name}'s availability");
            await Axe.AssertNoSeriousViolationsAsync(advisor);
            await advisor.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "No, go back" }).ClickAsync();
            await Expect(Row(advisor, name)).ToHaveCountAsync(1);

            await Row(advisor, name).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Remove") }).ClickAsync();
            await advisor.MainButton("Yes, remove this availability").ClickAsync();
            await Expect(Banner(advisor)).ToContainTextAsync("Availability removed");
            await Expect(Row(advisor, name)).ToHaveCountAsync(0);
        }
    }

    private static ILocator Row(IPage page, string advisorName) =>
        page.Locator("main .govuk-summary-list__row").Filter(new LocatorFilterOptions { HasText = advisorName });
}
