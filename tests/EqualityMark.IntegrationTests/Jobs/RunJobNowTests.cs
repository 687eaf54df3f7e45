using System.Net;
using EqualityMark.Host.Jobs.Runs;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>An authority's administrator starts a job for their own authority, and only for it.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RunJobNowTests(AppFixture app)
{
    [Fact]
    public async Task Run_now_on_the_jobs_page_runs_the_job_for_the_administrators_authority_only()
    {
        var before = DateTimeOffset.UtcNow;
        var admin = await app.SignInAsync("lancashire", "admin");

        var response = await FormPost.SubmitAsync(admin, "/admin/jobs", new Dictionary<string, string> { ["job"] = RecordingTestCommand.JobName }, "?handler=Run");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/jobs?started={RecordingTestCommand.JobName}", response.Headers.Location?.OriginalString);
        var page = await admin.GetStringAsync(response.Headers.Location);
        Assert.Contains("govuk-notification-banner--success", page, StringComparison.Ordinal);
        Assert.Contains($"{RecordingTestCommand.JobName} has started for your authority", page, StringComparison.Ordinal);

        var run = await app.WaitForFinishedRunAsync(app.Lancashire, RecordingTestCommand.JobName, before);
        Assert.Equal("Succeeded", run.Outcome);
        await AssertRanOnlyForLancashireAsync(before);

        // The audit log names who started it and the job that did the work.
        var log = await admin.GetStringAsync("/api/v1/admin/audit-log?kind=RecordingTest");
        Assert.Contains($"The service (scheduled work): {RecordingTestCommand.JobName}", log, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", await admin.GetStringAsync("/api/v1/admin/audit-log?kind=RunJobNow"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_now_through_the_api_runs_the_job_for_the_callers_authority_only()
    {
        var before = DateTimeOffset.UtcNow;
        var admin = await app.SignInAsync("lancashire", "admin");

        var response = await admin.PostAsync($"/api/v1/jobs/{RecordingTestCommand.JobName}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await app.WaitForFinishedRunAsync(app.Lancashire, RecordingTestCommand.JobName, before);
        await AssertRanOnlyForLancashireAsync(before);
    }

    [Fact]
    public async Task Only_an_administrator_may_run_a_job_and_only_a_declared_one()
    {
        var member = await app.SignInAsync("lancashire", "member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/jobs/{RecordingTestCommand.JobName}/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Factory.ForTenant("lancashire").PostAsync($"/api/v1/jobs/{RecordingTestCommand.JobName}/run", null)).StatusCode);

        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/jobs/no-such-job/run", null)).StatusCode);
    }

    private async Task AssertRanOnlyForLancashireAsync(DateTimeOffset since)
    {
        // Long enough for a wrongly enqueued run of another authority to have been picked up (queues are polled every second).
        await Task.Delay(TimeSpan.FromSeconds(3));
        // Runs for authorities other tests create (a fan-out they triggered may still be finishing) are not ours;
        // the demo authorities are: Lancashire exactly once, Northdale never.
        var ranFor = RecordingTestHandler.Runs.Where(r => r.At >= since).Select(r => r.TenantId).ToList();
        Assert.Single(ranFor, id => id == app.Lancashire.Id);
        Assert.DoesNotContain(app.Northdale.Id, ranFor);
        // The ledger too, without the one-second slack RunsSinceAsync allows (it would catch the previous test's Northdale run).
        var northdaleRuns = await app.SendAsync(app.Northdale, new ListJobRunsQuery());
        Assert.DoesNotContain(northdaleRuns, r => r.JobName == RecordingTestCommand.JobName && r.StartedAt >= since);
    }
}
