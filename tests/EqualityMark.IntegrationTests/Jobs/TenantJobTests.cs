using System.Net.Http.Json;
using EqualityMark.Host.Jobs.Runs;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>A recurring job runs once per authority, each run recorded where only that authority sees it.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TenantJobTests(AppFixture app)
{
    [Fact]
    public async Task Triggering_a_job_records_a_run_per_authority_visible_only_to_it()
    {
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var before = DateTimeOffset.UtcNow;
        await scheduler.TriggerJob(new JobKey("expire-invitations", "tenant-jobs"), new JobDataMap(), CancellationToken.None);

        var lancashire = await WaitForRunAsync(app.Lancashire, before);
        var northdale = await WaitForRunAsync(app.Northdale, before);
        Assert.Equal("Succeeded", lancashire.Outcome);
        Assert.Equal("Succeeded", northdale.Outcome);

        var admin = await app.SignInAsync("lancashire", "admin");
        var visible = await admin.GetFromJsonAsync<List<JobRunDto>>("/api/v1/job-runs", Json.Options);
        Assert.Contains(visible!, r => r.Id == lancashire.Id);
        Assert.DoesNotContain(visible!, r => r.Id == northdale.Id);
        Assert.Contains("expire-invitations", await admin.GetStringAsync("/admin/jobs"), StringComparison.Ordinal);
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

    private async Task<JobRunDto> WaitForRunAsync(EqualityMark.Shared.Tenancy.TenantInfo tenant, DateTimeOffset since)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await app.SendAsync(tenant, new ListJobRunsQuery());
            var run = runs.FirstOrDefault(r => r.JobName == "expire-invitations" && r.StartedAt >= since.AddSeconds(-1) && r.FinishedAt is not null);
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No finished run for {tenant.Code}");
    }
}
