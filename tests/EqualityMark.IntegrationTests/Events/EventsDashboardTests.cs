using System.Net;
using System.Net.Http.Json;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Dashboard;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.IntegrationTests.Paging;
using EqualityMark.Organisations.Contracts;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.Contains(school.School.Name, await SchoolsWithoutAnnualVisitAsync(page => app.SendAsync(app.Lancashire, new GetEventsDashboardQuery(page))));

        var visit = await (await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind = "Annual", focus = "Accreditation", proposedDates = "March" })).IdAsync();
        var requested = await app.SendAsync(app.Lancashire, new GetEventsDashboardQuery());
        Assert.Equal(before.Unassigned + 1, requested.Unassigned);
        Assert.DoesNotContain(school.School.Name, await SchoolsWithoutAnnualVisitAsync(page => app.SendAsync(app.Lancashire, new GetEventsDashboardQuery(page))));

        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), DateTimeOffset.UtcNow.AddDays(30))).StatusCode);
        var confirmed = await app.SendAsync(app.Lancashire, new GetEventsDashboardQuery());
        Assert.Equal(before.Unassigned, confirmed.Unassigned);
        int ConfirmedFor(EventsDashboardDto dashboard) => dashboard.Advisors.SingleOrDefault(a => a.AdvisorName == "Avery Advisor")?.Confirmed ?? 0;
        Assert.Equal(ConfirmedFor(before) + 1, ConfirmedFor(confirmed));
    }

    [Fact]
    public async Task Schools_without_an_annual_visit_come_fifty_to_a_page()
    {
        await using var authority = await app.CreateAuthorityAsync();
        for (var i = 0; i < 53; i++)
        {
            await app.AddSchoolAsync(authority.Tenant, $"Unvisited School {i:D2}", SchoolPhase.Primary);
        }

        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var second = (await admin.GetJsonAsync("/api/v1/events/dashboard?page=2")).GetProperty("schoolsWithoutAnnualVisit");
        Assert.Equal(53, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pages").GetInt32());
        Assert.Equal(["Unvisited School 50", "Unvisited School 51", "Unvisited School 52"], second.GetProperty("items").EnumerateArray().Select(n => n.GetString()));
        await PagedApiAssert.RefusesBadPagesAsync(admin, "/api/v1/events/dashboard", pages: 2);

        var page = await admin.GetStringAsync("/events?page=2");
        Assert.Contains("Showing 51 to 53 of 53 schools", page, StringComparison.Ordinal);
        Assert.Contains("Unvisited School 52", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Unvisited School 49", page, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of schools without an annual visit\">", page, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 50 of 53 schools", await admin.GetStringAsync("/events"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schools_with_an_annual_visit_this_year_are_left_out_of_every_page_and_of_the_count()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var schools = new List<SchoolDto>();
        for (var i = 0; i < 56; i++)
        {
            schools.Add(await app.AddSchoolAsync(authority.Tenant, $"Listed School {i:D2}", SchoolPhase.Primary));
        }

        // Annual visits for four schools (one on each page's edge); an INSET session and a cancelled annual visit do not count.
        var visited = new[] { schools[0], schools[25], schools[50], schools[55] };
        await using (var scope = app.Scope(authority.Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            Visit VisitTo(SchoolDto school, VisitKind kind) =>
                new() { SchoolId = school.Id, SchoolName = school.Name, Kind = kind, Focus = "Review", ProposedDates = "Spring", RequestedAt = DateTimeOffset.UtcNow };
            db.Visits.AddRange(visited.Select(s => VisitTo(s, VisitKind.Annual)));
            db.Visits.Add(VisitTo(schools[1], VisitKind.Inset));
            var cancelled = VisitTo(schools[2], VisitKind.Annual);
            cancelled.Cancel(DateTimeOffset.UtcNow);
            db.Visits.Add(cancelled);
            // Two of the annual visits have advisors: one confirmed, one done; the other two are still to assign.
            var (soon, now) = (DateTimeOffset.UtcNow.AddDays(7), DateTimeOffset.UtcNow);
            var added = db.ChangeTracker.Entries<Visit>().Select(e => e.Entity).Where(v => v.Kind == VisitKind.Annual && v.Status == VisitStatus.Requested).ToList();
            added[0].Confirm(Guid.NewGuid(), "Bea Advisor", soon, soon.AddHours(2), now);
            added[1].Confirm(Guid.NewGuid(), "Ari Advisor", soon, soon.AddHours(2), now);
            added[1].Complete();
            await db.SaveChangesAsync();
        }

        var listed = await SchoolsWithoutAnnualVisitAsync(page => app.SendAsync(authority.Tenant, new GetEventsDashboardQuery(page)));
        Assert.Equal(schools.Except(visited).Select(s => s.Name), listed);
        var second = await app.SendAsync(authority.Tenant, new GetEventsDashboardQuery(2));
        Assert.Equal((52, 2, 2), (second.SchoolsWithoutAnnualVisit.Total, second.SchoolsWithoutAnnualVisit.Page, second.SchoolsWithoutAnnualVisit.Items.Count));
        Assert.Equal(["Listed School 53", "Listed School 54"], second.SchoolsWithoutAnnualVisit.Items);
        Assert.Equal("Listed School 53", (await app.SendAsync(authority.Tenant, new GetEventsDashboardQuery(9))).SchoolsWithoutAnnualVisit.Items[0]);
        // Advisors by name with their confirmed and done visits; the INSET request and the two unassigned annual ones wait.
        Assert.Equal([new AdvisorVisitsDto("Ari Advisor", 0, 1), new AdvisorVisitsDto("Bea Advisor", 1, 0)], second.Advisors);
        Assert.Equal(3, second.Unassigned);
    }

    /// <summary>Every name on every page of the dashboard's schools without an annual visit.</summary>
    internal static async Task<List<string>> SchoolsWithoutAnnualVisitAsync(Func<int, Task<EventsDashboardDto>> dashboardPage)
    {
        var names = new List<string>();
        for (var page = 1; ; page++)
        {
            var schools = (await dashboardPage(page)).SchoolsWithoutAnnualVisit;
            names.AddRange(schools.Items);
            if (page >= schools.Pages)
            {
                return names;
            }
        }
    }
}
