using System.Net;
using System.Net.Http.Json;
using EqualityMark.Events.Features.Dashboard;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>The events dashboard's visit figures, counted in the database: unassigned requests, each advisor's confirmed visits.</summary>
[Collection(AppTestGroup.Name)]
public sealed class EventsDashboardTests(AppFixture app)
{
    [Fact]
    public async Task A_requested_visit_is_unassigned_until_confirmed_and_then_counts_for_its_advisor()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var before = await app.SendAsync(app.Lancashire, new GetEventsDashboardQuery());
        Assert.Contains(school.School.Name, before.SchoolsWithoutAnnualVisit);

        var visit = await (await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind = "Annual", focus = "Accreditation", proposedDates = "March" })).IdAsync();
        var requested = await app.SendAsync(app.Lancashire, new GetEventsDashboardQuery());
        Assert.Equal(before.Unassigned + 1, requested.Unassigned);
        Assert.DoesNotContain(school.School.Name, requested.SchoolsWithoutAnnualVisit);

        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), DateTimeOffset.UtcNow.AddDays(30))).StatusCode);
        var confirmed = await app.SendAsync(app.Lancashire, new GetEventsDashboardQuery());
        Assert.Equal(before.Unassigned, confirmed.Unassigned);
        int ConfirmedFor(EventsDashboardDto dashboard) => dashboard.Advisors.SingleOrDefault(a => a.AdvisorName == "Avery Advisor")?.Confirmed ?? 0;
        Assert.Equal(ConfirmedFor(before) + 1, ConfirmedFor(confirmed));
    }
}
