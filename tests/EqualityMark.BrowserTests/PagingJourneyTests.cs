using System.Security.Cryptography;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Shared.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>A long list is walked with the GOV.UK pagination: a meeting with 55 places shows 50, then the other 5 on page 2.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PagingJourneyTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task The_team_walks_to_the_second_page_of_a_meetings_places_and_back()
    {
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName, forAxe: true);
        await using var _ = adminContext;
        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, $"Busy meeting {RandomNumberGenerator.GetHexString(6)}", 60);
        await AddPlacesAsync(meetingId, 55);

        await admin.GotoAsync($"{Lancashire}/meetings/{meetingId}");
        await Expect(admin.Locator("main table caption")).ToHaveTextAsync("Showing 1 to 50 of 55 places");
        await Expect(admin.Locator("main table tbody tr")).ToHaveCountAsync(50);
        var pages = admin.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Pages of places" });
        await Expect(pages.Locator("[aria-current=page]")).ToHaveTextAsync("1");

        await pages.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Next page" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{Lancashire}/meetings/{meetingId}?page=2");
        await Expect(admin.Locator("main table caption")).ToHaveTextAsync("Showing 51 to 55 of 55 places");
        await Expect(admin.Locator("main table tbody tr")).ToHaveCountAsync(5);
        await Expect(admin.BookingRow("Rep 54")).ToHaveCountAsync(1);
        await Expect(pages.Locator("[aria-current=page]")).ToHaveTextAsync("2");
        await Expect(pages.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Next page" })).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(admin);

        // Taking attendance on page 2 comes back to page 2; the banner's words do not follow to other pages.
        await admin.Locator("main").GetByLabel("Attendance of Rep 54").SelectOptionAsync(new SelectOptionValue { Label = "Attended" });
        await admin.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save attendance of Rep 54" }).ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Attendance saved for Rep 54");
        await Expect(admin.Locator("main table caption")).ToHaveTextAsync("Showing 51 to 55 of 55 places");
        await Expect(admin.Locator("main").GetByLabel("Attendance of Rep 54")).ToHaveValueAsync("Attended");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await pages.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Page 1", Exact = true }).ClickAsync();
        await Expect(admin.Locator("main table caption")).ToHaveTextAsync("Showing 1 to 50 of 55 places");
        await Expect(admin.BookingRow("Rep 00")).ToHaveCountAsync(1);
        await Expect(admin).ToHaveURLAsync($"{Lancashire}/meetings/{meetingId}?page=1");
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToHaveCountAsync(0);
    }

    private async Task AddPlacesAsync(Guid meetingId, int count)
    {
        var tenant = await fixture.TenantAsync("lancashire");
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        for (var i = 0; i < count; i++)
        {
            db.Bookings.Add(new MeetingBooking
            {
                MeetingId = meetingId, GroupId = Guid.NewGuid(), SchoolId = Guid.NewGuid(), SchoolName = $"Paging School {i:D2}", AttendeeName = $"Rep {i:D2}",
                AttendeeEmail = $"rep{i}@example.org", SchoolAllowance = 2, Status = BookingStatus.Booked, CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }
}
