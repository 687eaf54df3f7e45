using System.Net;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Schools;

/// <summary>One view of a school (/schools/{id}): each module's part, who may see it, and a query count that does not grow with data.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SchoolViewTests(AppFixture app)
{
    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    private async Task<Guid> PendleBrookAsync() =>
        (await app.SendAsync(app.Lancashire, new ListSchoolsQuery())).Single(s => s.Urn == "900101").Id;

    [Fact]
    public async Task Staff_see_each_modules_part_of_a_school_and_its_timeline()
    {
        var id = await PendleBrookAsync();
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");

        var html = await admin.GetStringAsync($"/schools/{id}");

        Assert.Contains("Pendle Brook Primary School", html, StringComparison.Ordinal);
        Assert.Contains("Subscription and payments", html, StringComparison.Ordinal);
        Assert.Contains("Entitlements used and left", html, StringComparison.Ordinal);
        Assert.Contains("EM-", html, StringComparison.Ordinal);
        Assert.Contains("Summary grid", html, StringComparison.Ordinal);
        Assert.Contains("Submitted", html, StringComparison.Ordinal);
        Assert.Contains("Overdue actions", html, StringComparison.Ordinal);
        Assert.Contains("Badge: valid", html, StringComparison.Ordinal);
        Assert.Contains("Holistic Diversity strand workshop", html, StringComparison.Ordinal);
        Assert.Contains("Jo Williams", html, StringComparison.Ordinal);
        Assert.Contains("Timeline", html, StringComparison.Ordinal);
        Assert.Contains("audit sent to the equality team", html, StringComparison.Ordinal);
        Assert.Contains("badge awarded", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PendingPayment", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NotStarted", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_sees_their_own_school_and_no_other()
    {
        var id = await PendleBrookAsync();
        var own = await app.SignInAsAsync(app.Lancashire, "coordinator@lancashire.example");
        var other = await app.SignInAsAsync(app.Lancashire, "coordinator2@lancashire.example");

        var html = await own.GetStringAsync($"/schools/{id}");

        Assert.Contains("Your school", html, StringComparison.Ordinal);
        Assert.Contains("Subscription and payments", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/schools/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_member_sees_their_school_without_its_people()
    {
        var id = await PendleBrookAsync();
        var member = await app.SignInAsAsync(app.Lancashire, "member@lancashire.example");

        var response = await member.GetAsync($"/schools/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(">People<", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authoritys_staff_get_not_found()
    {
        var id = await PendleBrookAsync();
        var northdale = await app.SignInAsAsync(app.Northdale, "admin@northdale.example");

        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/schools/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_query_count_does_not_grow_with_the_schools_data()
    {
        var school = await app.CreatePlanSchoolAsync(app.Lancashire);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        var objective = await school.CreateObjectiveAsync();
        await school.CreateActionAsync(objective, school.School.MemberId, Today, Today.AddDays(30));
        var before = await app.QueriesToLoadAsync(admin, $"/schools/{school.Id}");

        for (var i = 0; i < 3; i++)
        {
            var more = await school.CreateObjectiveAsync();
            await school.CreateActionAsync(more, school.School.MemberId, Today, Today.AddDays(30), $"Action {i}");
            await school.CreateActionAsync(more, school.School.CoordinatorId, Today, Today.AddDays(30), $"Second action {i}");
        }

        var after = await app.QueriesToLoadAsync(admin, $"/schools/{school.Id}");

        Assert.True(before > 0, "The page's queries were not counted.");
        Assert.Equal(before, after);
        Assert.Contains("Objectives", await admin.GetStringAsync($"/schools/{school.Id}"), StringComparison.Ordinal);
    }
}
