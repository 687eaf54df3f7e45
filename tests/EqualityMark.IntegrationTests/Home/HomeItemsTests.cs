using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.Home;

/// <summary>
/// Each role's home says what needs doing now: a school its next programme step and the actions due (a member only
/// their own), the authority its schools without this year's audit — and nobody sees another school's or authority's.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class HomeItemsTests(AppFixture app)
{
    private static readonly DateOnly Today = UkTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_school_is_told_its_next_step_and_sees_the_actions_due_a_member_only_their_own()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var home = await HomeAsync(s.Coordinator);
        Assert.Equal([1, 2, 3, 4, 5, 6], Steps(home).Select(step => step.Order));
        Assert.Equal(["NotStarted", "InProgress", "NotStarted", "NotStarted", "NotStarted", "NotStarted"], Steps(home).Select(step => step.State));
        Assert.Equal(1, home.GetProperty("nextStep").GetProperty("order").GetInt32());
        Assert.Empty(home.GetProperty("actionsDue").EnumerateArray());

        var objectiveId = await s.CreateObjectiveAsync();
        await s.CreateActionAsync(objectiveId, s.School.MemberId, Today, Today.AddDays(7), "Anti-racism training for all staff");
        await s.CreateActionAsync(objectiveId, s.School.CoordinatorId, Today, Today.AddDays(14), "Review the behaviour policy");
        await s.CreateActionAsync(objectiveId, s.School.CoordinatorId, Today, Today.AddDays(90), "Survey parents next term");

        home = await HomeAsync(s.Coordinator);
        Assert.Equal("Completed", Steps(home).Single(step => step.Order == 4).State);
        var due = Texts(home, "actionsDue");
        Assert.Equal(["Anti-racism training for all staff", "Review the behaviour policy"], due);
        Assert.Contains("(Morgan Member)", home.GetProperty("actionsDue")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);

        var member = await app.SignInAsAsync(app.Lancashire, s.School.MemberEmail);
        Assert.Equal(["Anti-racism training for all staff"], Texts(await HomeAsync(member), "actionsDue"));

        var otherSchool = await app.CreateAsync(app.Lancashire);
        var otherHome = await HomeAsync(await app.SignInAsAsync(app.Lancashire, otherSchool.CoordinatorEmail));
        Assert.Empty(otherHome.GetProperty("actionsDue").EnumerateArray());
        Assert.Equal("NotStarted", Steps(otherHome).Single(step => step.Order == 2).State);

        var page = await s.Coordinator.GetStringAsync("/");
        Assert.Contains("Step 1 of 6", page, StringComparison.Ordinal);
        Assert.Contains("Anti-racism training for all staff", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_counts_only_its_own_schools_without_this_years_audit()
    {
        var northdale = await app.SignInAsync("northdale", "admin");
        var lancashire = await app.SignInAsync("lancashire", "admin");
        var northdaleBefore = await NotStartedAsync(northdale);
        var lancashireBefore = await NotStartedAsync(lancashire);

        await app.CreateAsync(app.Northdale);

        Assert.Equal(northdaleBefore + 1, await NotStartedAsync(northdale));
        Assert.Equal(lancashireBefore, await NotStartedAsync(lancashire));
        var page = await northdale.GetStringAsync("/");
        Assert.Contains("Needs your attention", page, StringComparison.Ordinal);
        Assert.Contains($"not started the {AcademicYear.Label(AcademicYear.For(Today))} audit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_sees_no_authority_work_and_the_authority_sees_no_programme_steps()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var school = await HomeAsync(s.Coordinator);
        Assert.DoesNotContain(Texts(school, "needsAttention"), text => text.Contains("not started", StringComparison.Ordinal) || text.Contains("to review", StringComparison.Ordinal));

        var admin = await HomeAsync(await app.SignInAsync("lancashire", "admin"));
        Assert.Empty(admin.GetProperty("steps").EnumerateArray());
        Assert.Empty(admin.GetProperty("actionsDue").EnumerateArray());
    }

    private static async Task<JsonElement> HomeAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>("/api/v1/home");

    private static List<(int Order, string State)> Steps(JsonElement home) =>
        [.. home.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("order").GetInt32(), s.GetProperty("state").GetString()!))];

    private static List<string> Texts(JsonElement home, string section) =>
        [.. home.GetProperty(section).EnumerateArray().Select(i => i.GetProperty("text").GetString()!)];

    private static async Task<int> NotStartedAsync(HttpClient admin)
    {
        var item = Texts(await HomeAsync(admin), "needsAttention").SingleOrDefault(t => t.Contains("not started", StringComparison.Ordinal));
        return item is null ? 0 : int.Parse(Regex.Match(item, @"^[\d,]+", RegexOptions.None, TimeSpan.FromSeconds(1)).Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }
}
