using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Action plan reminders go out once per period, even when two nodes run the job at the same moment.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ReminderTests(AppFixture app)
{
    [Fact]
    public async Task Due_overdue_and_quiet_plan_reminders_are_sent_once_with_two_nodes_running()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var today = UkTime.Today(TimeProvider.System);
        await s.CreateActionAsync(objectiveId, s.School.MemberId, today.AddDays(-10), today.AddDays(3), "Due in three days");
        await s.CreateActionAsync(objectiveId, s.School.MemberId, today.AddDays(-10), today.AddDays(-2), "Two days late");
        await using (var scope = app.Scope(app.Lancashire))
        {
            await scope.ServiceProvider.GetRequiredService<ActionPlanningDbContext>().Plans.Where(p => p.SchoolId == s.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.LastUpdatedAt, DateTimeOffset.UtcNow.AddDays(-70)));
        }

        await Task.WhenAll(RunQuietlyAsync(), RunQuietlyAsync());
        await RunQuietlyAsync();

        var member = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(s.School.MemberEmail));
        var coordinator = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(s.School.CoordinatorEmail));
        Assert.Single(member, e => e.Subject == "An equality action is due soon" && e.Body.Contains("Due in three days", StringComparison.Ordinal));
        Assert.Single(member, e => e.Subject == "An equality action is overdue" && e.Body.Contains("Two days late", StringComparison.Ordinal));
        Assert.Single(coordinator, e => e.Subject == "An equality action is due soon");
        Assert.Single(coordinator, e => e.Subject == "Your equality action plan has not been updated recently");
        Assert.DoesNotContain(member, e => e.Subject.Contains("not been updated", StringComparison.Ordinal));
    }

    /// <summary>Like a second node: a run that loses the race on the unique reminder key rolls back, sending nothing.</summary>
    private async Task RunQuietlyAsync()
    {
        try
        {
            await app.SendAsync(app.Lancashire, new RunActionPlanRemindersCommand());
        }
        catch (DbUpdateException)
        {
        }
    }
}
