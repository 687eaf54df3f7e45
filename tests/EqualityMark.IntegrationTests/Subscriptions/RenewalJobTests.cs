using EqualityMark.Host.Jobs;
using EqualityMark.IntegrationTests.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The renewal run is scheduled as a tenant job and runs for every authority.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RenewalJobTests(AppFixture app)
{
    [Fact]
    public async Task The_run_renewals_job_is_scheduled_daily_and_succeeds_for_each_authority()
    {
        using (var connection = app.Factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var job = Assert.Single(connection.GetRecurringJobs(["run-renewals"]));
            Assert.Equal(("30 6 * * *", "Europe/London"), (job.Cron, job.TimeZoneId));
        }

        var before = DateTimeOffset.UtcNow;
        app.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger("run-renewals");
        foreach (var tenant in new[] { app.Lancashire, app.Northdale })
        {
            var run = await app.WaitForFinishedRunAsync(tenant, "run-renewals", before);
            Assert.True(run.Outcome == "Succeeded", $"{tenant.Code}: {run.Outcome} {run.Error}");
        }

        var admin = await app.SignInAsync("lancashire", "admin");
        var page = await admin.GetAsync("/admin/renewals");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Renewal due", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_host_whose_clock_tests_move_runs_no_job_server()
    {
        await using var clocked = new ClockedApp(app);
        Assert.DoesNotContain(clocked.HostedServices, service => service is BackgroundJobServerHostedService or RecurringJobRegistrar);
        Assert.All(clocked.HostedServices, service => Assert.StartsWith("Microsoft.AspNetCore", service.GetType().Namespace, StringComparison.Ordinal));
    }
}
