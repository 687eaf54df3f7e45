using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The GOV.UK form patterns every page shares: date inputs in three boxes that say what is wrong in the design
/// system's words and keep what was typed; an error summary with one message per field, in the fields' order;
/// a drop-down that records nothing until someone chooses; words a member of the reference group can act on. axe on each.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FormsJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task A_meeting_date_that_is_not_real_or_has_no_month_is_explained_on_its_boxes()
    {
        var (context, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = context;
        await admin.GotoAsync(Lancashire + "/meetings/new");
        await Expect(admin.Locator("#Input_Date-date-input")).ToBeVisibleAsync();
        await Expect(admin.Locator("main input[type=date]")).ToHaveCountAsync(0);
        await Expect(admin.Locator("main fieldset legend", new PageLocatorOptions { HasText = "Date of the meeting" })).ToHaveCountAsync(1);
        await Expect(admin.Locator("#Input_Agenda")).ToHaveJSPropertyAsync("tagName", "TEXTAREA");

        await admin.Locator("#Input_Term").FillAsync(string.Empty);
        await admin.Locator("#Input_Date").FillAsync("31");
        await admin.Locator("#Input_Date_Month").FillAsync("2");
        await admin.Locator("#Input_Date_Year").FillAsync("2027");
        await admin.Locator("#Input_BookingDeadline").FillAsync("5");
        await admin.Locator("#Input_BookingDeadline_Year").FillAsync("2027");
        await admin.MainButton("Schedule meeting").ClickAsync();

        await Expect(admin.ErrorSummary()).ToContainTextAsync("Date of the meeting must be a real date");
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Booking closing date must include a month");
        await Expect(admin.Locator("#Input_Date-error")).ToContainTextAsync("Date of the meeting must be a real date");
        await Expect(admin.Locator("#Input_Date")).ToHaveValueAsync("31");
        await Expect(admin.Locator("#Input_Date_Month")).ToHaveValueAsync("2");
        await Expect(admin.Locator("#Input_BookingDeadline_Month")).ToHaveClassAsync(Journeys.Pattern("govuk-input--error"));
        await Expect(admin.Locator("#Input_BookingDeadline")).Not.ToHaveClassAsync(Journeys.Pattern("govuk-input--error"));
        await Expect(admin.Locator("#Input_BookingDeadline")).ToHaveValueAsync("5");
        Assert.Empty(await EventSteps.BrokenErrorLinksAsync(admin));
        await AssertSummaryFollowsTheFieldsAsync(admin);
        await Axe.AssertNoSeriousViolationsAsync(admin);

        // Only advisors say when they can visit: the availability form is theirs.
        var (name, email) = await fixture.CreateAdvisorWithEmailAsync(available: false);
        var (advisorContext, advisor) = await fixture.SignedInAsync(email, name, forAxe: true);
        await using var __ = advisorContext;
        await advisor.GotoAsync(Lancashire + "/visits/availability");
        await advisor.Locator("#Input_Date").FillAsync("12");
        await advisor.Locator("#Input_Date_Month").FillAsync("March");
        await advisor.Locator("#Input_Date_Year").FillAsync("2027");
        await advisor.MainButton("Add").ClickAsync();
        await Expect(advisor.ErrorSummary()).ToContainTextAsync("Date must be a real date");
        await Expect(advisor.Locator("#Input_Date_Month")).ToHaveValueAsync("March");
        await Expect(advisor.Locator("#Input_Date_Month")).ToHaveClassAsync(Journeys.Pattern("govuk-input--error"));
        await Axe.AssertNoSeriousViolationsAsync(advisor);
    }

    [Fact]
    public async Task The_reference_group_records_a_meeting_from_a_date_input_and_a_member_only_views_it()
    {
        var (context, coordinator) = await fixture.SignedInAsync("coordinator@lancashire.example", "Sam Taylor", forAxe: true);
        await using (context)
        {
            await coordinator.GotoAsync(Lancashire + "/audit");
            await Expect(coordinator.Locator("main a", new PageLocatorOptions { HasText = "Manage the reference group" })).ToHaveCountAsync(1);
            await coordinator.GotoAsync(Lancashire + "/audit/reference-group");
            await Expect(coordinator.Locator("#Meeting_Notes")).ToHaveJSPropertyAsync("tagName", "TEXTAREA");
            await coordinator.Locator("#Meeting_HeldOn").FillAsync("3");
            await coordinator.Locator("#Meeting_HeldOn_Month").FillAsync("11");
            await coordinator.MainButton("Record meeting").ClickAsync();
            await Expect(coordinator.ErrorSummary()).ToContainTextAsync("Date of the meeting must include a year");
            await Expect(coordinator.Locator("#Meeting_HeldOn_Year")).ToHaveClassAsync(Journeys.Pattern("govuk-input--error"));
            await Axe.AssertNoSeriousViolationsAsync(coordinator);

            var notes = $"Planned the pupil survey {RandomNumberGenerator.GetHexString(6)}";
            await coordinator.Locator("#Meeting_HeldOn_Year").FillAsync("2026");
            await coordinator.Locator("#Meeting_Attendees").FillAsync("Head, two governors, pupil council");
            await coordinator.Locator("#Meeting_Notes").FillAsync(notes);
            await coordinator.MainButton("Record meeting").ClickAsync();
            await Expect(coordinator.ErrorSummary()).ToHaveCountAsync(0);
            await Expect(coordinator.Locator("main")).ToContainTextAsync(notes);
        }

        var (memberContext, member) = await fixture.SignedInAsync("member@lancashire.example", "Jo Williams", forAxe: true);
        await using (memberContext)
        {
            await member.GotoAsync(Lancashire + "/audit");
            await Expect(member.Locator("main a", new PageLocatorOptions { HasText = "Manage the reference group" })).ToHaveCountAsync(0);
            await member.Locator("main a", new PageLocatorOptions { HasText = "View the reference group" }).ClickAsync();
            await Expect(member.Heading()).ToHaveTextAsync("Equality reference group");
            await Expect(member.Locator("main form")).ToHaveCountAsync(0);
            await Axe.AssertNoSeriousViolationsAsync(member);
        }
    }

    [Fact]
    public async Task Sign_in_and_invitation_show_one_message_per_field_in_the_fields_order()
    {
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Lancashire + "/account/sign-in");
        await page.MainButton("Sign in").ClickAsync();
        await Expect(page.ErrorSummary()).ToBeVisibleAsync();
        await AssertSummaryFollowsTheFieldsAsync(page);
        await Expect(page.Locator(".govuk-error-summary__list li")).ToHaveCountAsync(await page.Locator(".govuk-form-group--error").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);

        await Journeys.SignInAsync(page, Lancashire, EventSetup.AdminEmail, EventSetup.AdminName);
        await page.GotoAsync(Lancashire + "/people/invite");
        await page.MainButton("Send invitation").ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Enter an email address");
        await Expect(page.ErrorSummary()).Not.ToContainTextAsync("correct format");
        await Expect(page.Locator(".govuk-error-summary__list a[href='#Input_Email']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".govuk-error-summary__list li").First).ToContainTextAsync("full name", new LocatorAssertionsToContainTextOptions { IgnoreCase = true });
        await AssertSummaryFollowsTheFieldsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Attendance_is_not_recorded_until_someone_chooses()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = adminContext;
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, $"Attendance meeting {RandomNumberGenerator.GetHexString(6)}", 10);
        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName);
        await using var __ = schoolContext;
        await EventSteps.BookAsync(coordinator, Lancashire, meetingId, ("Jordan Rep", $"jordan-{school.CoordinatorEmail}"));

        await admin.GotoAsync($"{Lancashire}/meetings/{meetingId}");
        var select = admin.BookingRow("Jordan Rep").Locator("select");
        await Expect(select.Locator("option:checked")).ToHaveTextAsync("Not recorded");
        await admin.BookingRow("Jordan Rep").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Save") }).ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Choose attended, apologies or no-show");
        await Expect(admin.BookingRow("Jordan Rep").Locator("select option:checked")).ToHaveTextAsync("Not recorded");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.BookingRow("Jordan Rep").Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "No-show" });
        await admin.BookingRow("Jordan Rep").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Save") }).ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Attendance saved for Jordan Rep");
        await Expect(admin.BookingRow("Jordan Rep").Locator("select option:checked")).ToHaveTextAsync("No-show");
    }

    /// <summary>The summary's links go to fields in the order those fields appear on the page, each field once.</summary>
    private static async Task AssertSummaryFollowsTheFieldsAsync(IPage page)
    {
        var positions = await page.EvaluateAsync<int[]>(
            """
            () => {
              const all = [...document.querySelectorAll('main *')];
              return [...document.querySelectorAll('.govuk-error-summary__list a')]
                .map(a => all.indexOf(document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))));
            }
            """);
        Assert.NotEmpty(positions);
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Distinct().Count(), positions.Length);
        Assert.Equal(positions.Order(), positions);
    }
}
