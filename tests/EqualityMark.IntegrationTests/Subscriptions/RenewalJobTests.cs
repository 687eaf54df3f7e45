using EqualityMark.Host.Jobs.Runs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The renewal run is scheduled as a tenant job and runs for every authority.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RenewalJobTests(AppFixture app)
{
    [Fact]
    public async Task The_run_renewals_job_is_scheduled_daily_and_succeeds_for_each_authority()
    {
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = new JobKey("run-renewals", "tenant-jobs");
        Assert.True(await scheduler.Exists(key, CancellationToken.None));
        var trigger = await scheduler.GetTrigger(new TriggerKey("run-renewals", "tenant-jobs"), CancellationToken.None);
        Assert.Equal("0 30 6 * * ?", Assert.IsAssignableFrom<ICronTrigger>(trigger).CronExpressionString);

        var before = DateTimeOffset.UtcNow;
        await scheduler.TriggerJob(key, new JobDataMap(), CancellationToken.None);
        foreach (var tenant in new[] { app.Lancashire, app.Northdale })
        {
            var run = await WaitForRunAsync(tenant, before);
            Assert.True(run.Outcome == "Succeeded", $"{tenant.Code}: {run.Outcome} {run.Error}");
        }

        var admin = await app.SignInAsync("lancashire", "admin");
        var page = await admin.GetAsync("/admin/renewals");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Renewal due", await page.Content.ReadAsStringAsync());
    }

    private async Task<JobRunDto> WaitForRunAsync(EqualityMark.Shared.Tenancy.TenantInfo tenant, DateTimeOffset since)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await app.SendAsync(tenant, new ListJobRunsQuery());
            var run = runs.FirstOrDefault(r => r.JobName == "run-renewals" && r.StartedAt >= since.AddSeconds(-1) && r.FinishedAt is not null);
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No finished run-renewals run for {tenant.Code}");
    }
}
