using System.Net.Http.Json;
using EqualityMark.Host.Jobs.Runs;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>A recurring job runs once per authority, each run recorded where only that authority sees it.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TenantJobTests(AppFixture app)
{
    [Fact]
    public async Task Triggering_a_job_records_a_run_per_authority_visible_only_to_it()
    {
        var before = DateTimeOffset.UtcNow;
        app.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger("expire-invitations");

        var lancashire = await app.WaitForFinishedRunAsync(app.Lancashire, "expire-invitations", before);
        var northdale = await app.WaitForFinishedRunAsync(app.Northdale, "expire-invitations", before);
        Assert.Equal("Succeeded", lancashire.Outcome);
        Assert.Equal("Succeeded", northdale.Outcome);

        var admin = await app.SignInAsync("lancashire", "admin");
        var visible = await admin.GetFromJsonAsync<List<JobRunDto>>("/api/v1/job-runs", Json.Options);
        Assert.Contains(visible!, r => r.Id == lancashire.Id);
        Assert.DoesNotContain(visible!, r => r.Id == northdale.Id);
        Assert.Contains("expire-invitations", await admin.GetStringAsync("/admin/jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_authoritys_failing_run_is_retried_while_the_other_authoritys_run_succeeds()
    {
        var before = DateTimeOffset.UtcNow;
        RecordingTestHandler.FailOnceFor[app.Lancashire.Id] = true;
        app.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecordingTestCommand.JobName);

        var northdale = await app.WaitForFinishedRunAsync(app.Northdale, RecordingTestCommand.JobName, before);
        Assert.Equal(("Succeeded", 1), (northdale.Outcome, northdale.Attempts));

        var lancashire = await app.WaitForFinishedRunAsync(app.Lancashire, RecordingTestCommand.JobName, before, r => r.Outcome == "Succeeded");
        Assert.Equal(2, lancashire.Attempts);
        Assert.Single(await app.RunsSinceAsync(app.Lancashire, RecordingTestCommand.JobName, before));
        var lancashireExecutions = RecordingTestHandler.Runs.Where(r => r.TenantId == app.Lancashire.Id && r.At >= before).ToList();
        Assert.Equal([true, false], lancashireExecutions.Select(r => r.Failed));
    }

    [Fact]
    public void The_modules_jobs_are_recurring_in_uk_time_with_five_field_cron()
    {
        using var connection = app.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs(["expire-invitations", "audit-reminders", "event-reminders", "run-renewals"]);

        Assert.Equal(4, jobs.Count(j => !j.Removed));
        Assert.All(jobs, job => Assert.Equal("Europe/London", job.TimeZoneId));
        Assert.Equal("15 3 * * *", jobs.Single(j => j.Id == "expire-invitations").Cron);
        Assert.Equal("0 7 * * *", jobs.Single(j => j.Id == "event-reminders").Cron);
    }

    [Fact]
    public async Task Expired_invitations_are_removed_and_others_kept()
    {
        var school = (await app.SendAsync(app.Lancashire, new ListSchoolsQuery()))[0];
        var expired = await app.SendAsync(app.Lancashire, new InviteUserCommand($"late-{Guid.NewGuid():N}@example.org", "Late Person", "SchoolMember", school.Id));
        var fresh = await app.SendAsync(app.Lancashire, new InviteUserCommand($"fresh-{Guid.NewGuid():N}@example.org", "Fresh Person", "SchoolMember", school.Id));
        await using (var scope = app.Scope(app.Lancashire))
        {
            var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
            await db.Users.Where(u => u.Id == expired.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.InvitationExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }

        await app.SendAsync(app.Lancashire, new ExpireInvitationsCommand());

        await using var check = app.Scope(app.Lancashire);
        var users = check.ServiceProvider.GetRequiredService<OrganisationsDbContext>().Users;
        Assert.False(await users.AnyAsync(u => u.Id == expired.UserId));
        Assert.True(await users.AnyAsync(u => u.Id == fresh.UserId));
    }
}
