using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Plans;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Rules that turn on dates, with the clock moved across 1 September and the UK clock changes.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SchoolYearTests(AppFixture app)
{
    [Fact]
    public async Task The_plan_turns_to_the_new_school_year_on_1_September_and_unfinished_actions_carry_forward()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        await using var clocked = new ClockedApp(app);

        clocked.Clock.Set(new DateTimeOffset(2027, 8, 31, 22, 30, 0, TimeSpan.Zero)); // 23:30 on 31 August in London
        var summer = await clocked.SendAsync(app.Lancashire, new GetPlanQuery(s.Id, null));
        Assert.Equal(2026, summer.AcademicYear);
        clocked.Clock.Set(new DateTimeOffset(2027, 8, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 September in London
        var autumn = await clocked.SendAsync(app.Lancashire, new GetPlanQuery(s.Id, null));
        Assert.Equal(2027, autumn.AcademicYear);

        var objectiveId = await s.CreateObjectiveAsync();
        await s.CreateActionAsync(objectiveId, s.School.MemberId, new DateOnly(2027, 1, 4), new DateOnly(2027, 7, 16), "Still going");
        var finished = await s.CreateActionAsync(objectiveId, s.School.MemberId, new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 1), "Finished");
        await s.Coordinator.PostProgressAsync(finished.GetProperty("id").GetGuid(), finished.GetProperty("version").GetUInt32(), "Done", "Green", "Done");
        var thisYear = (await clocked.SendAsync(app.Lancashire, new GetPlanQuery(s.Id, 2026))).Objectives.Single();

        Assert.Equal(1, await clocked.SendAsync(app.Lancashire, new CarryForwardCommand(s.Id, 2026)));

        var next = await clocked.SendAsync(app.Lancashire, new GetPlanQuery(s.Id, 2027));
        Assert.Equal(thisYear.Title, Assert.Single(next.Objectives).Title);
        Assert.Equal("Still going", Assert.Single(next.Objectives[0].Actions).Description);
        Assert.Equal("Finished", Assert.Single((await clocked.SendAsync(app.Lancashire, new GetPlanQuery(s.Id, 2026))).Objectives[0].Actions).Description);
        await Assert.ThrowsAsync<EqualityMark.Shared.Errors.ConflictException>(() => clocked.SendAsync(app.Lancashire, new CarryForwardCommand(s.Id, 2026)));
    }

    [Theory]
    [InlineData("2027-03-28T23:30:00Z", "2027-03-28")] // 00:30 on 29 March in London, the first night of summer time
    [InlineData("2027-10-30T23:30:00Z", "2027-10-30")] // 00:30 on 31 October in London, before the clocks go back
    public async Task An_action_is_overdue_from_the_first_minute_of_the_UK_day_after_it_was_due(string moment, string due)
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var dueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        var action = await s.CreateActionAsync(objectiveId, s.School.MemberId, dueOn.AddDays(-30), dueOn, $"Due on {due}");
        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture));

        var seen = await clocked.SendAsync(app.Lancashire, new EqualityMark.ActionPlanning.Features.Actions.GetActionQuery(action.GetProperty("id").GetGuid()));
        await clocked.SendAsync(app.Lancashire, new RunActionPlanRemindersCommand());

        Assert.True(seen.IsOverdue);
        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(s.School.MemberEmail));
        Assert.Single(emails, e => e.Subject == "An equality action is overdue" && e.Body.Contains($"Due on {due}", StringComparison.Ordinal));
    }
}
