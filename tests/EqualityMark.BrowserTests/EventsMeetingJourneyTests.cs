using System.Security.Cryptography;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>An administrator schedules a small meeting; three schools book; a cancellation promotes the waiting school.</summary>
[Collection(BrowserSuite.Name)]
public sealed class EventsMeetingJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Waiting_school_gets_both_places_when_the_first_school_cancels()
    {
        var schools = new[]
        {
            await fixture.CreateSubscribedSchoolAsync("Bronze"),
            await fixture.CreateSubscribedSchoolAsync("Bronze"),
            await fixture.CreateSubscribedSchoolAsync("Bronze"),
        };
        var title = $"Network meeting {RandomNumberGenerator.GetHexString(6)}";
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName);
        await using var _ = adminContext;
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, title, capacity: 3);

        // Each school's co-ordinator, in their own browser, books two representatives.
        var coordinators = new List<IPage>();
        var contexts = new List<IBrowserContext>();
        try
        {
            for (var i = 0; i < schools.Length; i++)
            {
                var (context, page) = await fixture.SignedInAsync(schools[i].CoordinatorEmail, TestSchool.CoordinatorName);
                contexts.Add(context);
                coordinators.Add(page);
                await EventSteps.BookAsync(page, Lancashire, meetingId, Rep(i, 1), Rep(i, 2));
            }

            // The first school fits (2 of 3); the other two schools wait together, both places each.
            await Expect(coordinators[0].BookingRow(Rep(0, 1).Name).Locator(".govuk-tag")).ToHaveTextAsync("Confirmed");
            await Expect(coordinators[0].BookingRow(Rep(0, 2).Name).Locator(".govuk-tag")).ToHaveTextAsync("Confirmed");
            await Expect(coordinators[1].BookingRow(Rep(1, 1).Name).Locator(".govuk-tag")).ToHaveTextAsync("Waiting list");
            await Expect(coordinators[2].BookingRow(Rep(2, 2).Name).Locator(".govuk-tag")).ToHaveTextAsync("Waiting list");
            // A school sees only its own places.
            await Expect(coordinators[1].BookingRow(Rep(0, 1).Name)).ToHaveCountAsync(0);

            await admin.GotoAsync($"{Lancashire}/meetings/{meetingId}");
            await Expect(admin.Locator("main table.govuk-table tbody tr")).ToHaveCountAsync(6);
            await Expect(admin.Locator("main .govuk-tag", new PageLocatorOptions { HasText = "Confirmed" })).ToHaveCountAsync(2);
            await Expect(admin.Locator("main .govuk-tag", new PageLocatorOptions { HasText = "Waiting list" })).ToHaveCountAsync(4);

            // The first school cancels both places.
            var first = coordinators[0];
            foreach (var rep in new[] { Rep(0, 1), Rep(0, 2) })
            {
                await first.BookingRow(rep.Name).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Journeys.Pattern("^Cancel") }).ClickAsync();
                await Expect(first.Heading()).ToHaveTextAsync($"Are you sure you want to cancel {rep.Name}'s place at {title}?");
                await first.MainButton("Yes, cancel the place").ClickAsync();
                await Expect(first.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"{rep.Name}'s place cancelled");
                await Expect(first.BookingRow(rep.Name)).ToHaveCountAsync(0);
            }

            // App bug (reported): once every place is cancelled the page shows an empty table, not "No places booked."
            await Expect(first.Locator("main table.govuk-table tbody tr")).ToHaveCountAsync(0);

            await admin.ReloadAsync();
            await Expect(admin.BookingRow(Rep(1, 1).Name).Locator(".govuk-tag")).ToHaveTextAsync("Confirmed");
            await Expect(admin.BookingRow(Rep(1, 2).Name).Locator(".govuk-tag")).ToHaveTextAsync("Confirmed");
            await Expect(admin.BookingRow(Rep(2, 1).Name).Locator(".govuk-tag")).ToHaveTextAsync("Waiting list");
            await Expect(admin.BookingRow(Rep(2, 2).Name).Locator(".govuk-tag")).ToHaveTextAsync("Waiting list");
            await Expect(admin.BookingRow(Rep(0, 1).Name)).ToHaveCountAsync(0);

            // Both promoted representatives were told once (besides the email when they joined the waiting list); those still waiting were not.
            await admin.GotoAsync(Lancashire + "/admin/mail");
            foreach (var rep in new[] { Rep(1, 1), Rep(1, 2) })
            {
                await Expect(PromotionEmailTo(admin, rep.Email, title)).ToHaveCountAsync(1);
            }

            await Expect(PromotionEmailTo(admin, Rep(2, 1).Email, title)).ToHaveCountAsync(0);
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }

        (string Name, string Email) Rep(int school, int n) =>
            ($"Rep {n} of {schools[school].Name}", $"rep{n}-{schools[school].CoordinatorEmail}");
    }

    private static ILocator PromotionEmailTo(IPage admin, string email, string title) =>
        admin.Locator("main details summary")
            .Filter(new LocatorFilterOptions { HasText = email })
            .Filter(new LocatorFilterOptions { HasText = $"You have a place at {title}" });
}
