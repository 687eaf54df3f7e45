using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>Every message in an Events form's error summary links to a field on the page, as the GOV.UK pattern requires.</summary>
[Collection(BrowserSuite.Name)]
public sealed class EventsFormErrorTests(BrowserFixture fixture)
{
    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task Errors_on_event_forms_link_to_their_fields()
    {
        var school = await fixture.CreateSubscribedSchoolAsync("Bronze");
        var broken = new List<string>();
        var (adminContext, admin) = await fixture.SignedInAsync(EventSetup.AdminEmail, EventSetup.AdminName);
        await using var _ = adminContext;

        // A meeting with no date: the message is about when it starts.
        await admin.GotoAsync(Lancashire + "/meetings/new");
        await admin.Locator("#Input_Term").FillAsync("Spring 2027");
        await admin.Locator("#Input_Venue").FillAsync("County Hall, Preston");
        await admin.MainButton("Schedule meeting").ClickAsync();
        broken.AddRange(await EventSteps.BrokenErrorLinksAsync(admin));

        var meetingId = await EventSteps.ScheduleMeetingAsync(admin, Lancashire, "Error links meeting", 10);
        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName);
        await using var __ = schoolContext;
        await coordinator.GotoAsync($"{Lancashire}/meetings/{meetingId}");
        await coordinator.MainButton("Book").ClickAsync();
        broken.AddRange(await EventSteps.BrokenErrorLinksAsync(coordinator));

        await EventSteps.RequestVisitAsync(coordinator, Lancashire, "Annual", "Our action plan");
        await Expect(coordinator).ToHaveURLAsync(Journeys.Pattern($"^{Lancashire}/visits/[0-9a-f-]{{36}}$"));
        await admin.GotoAsync(coordinator.Url);
        await admin.Locator("#Confirm_StartTime").FillAsync(string.Empty);
        await admin.MainButton("Confirm visit").ClickAsync();
        broken.AddRange(await EventSteps.BrokenErrorLinksAsync(admin));

        Assert.True(broken.Count == 0, "Error summary links that go nowhere:" + Environment.NewLine + string.Join(Environment.NewLine, broken));
    }
}
