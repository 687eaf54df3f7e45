using EqualityMark.Host.Jobs.Runs;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>Waiting for an authority's job run to be recorded, as its administrators would see it.</summary>
internal static class JobRunWaits
{
    public static async Task<JobRunDto> WaitForFinishedRunAsync(this AppFixture app, TenantInfo tenant, string jobName, DateTimeOffset since, Func<JobRunDto, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await app.SendAsync(tenant, new ListJobRunsQuery());
            var run = runs.FirstOrDefault(r => r.JobName == jobName && r.StartedAt >= since.AddSeconds(-1) && r.FinishedAt is not null && (until?.Invoke(r) ?? true));
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No finished {jobName} run for {tenant.Code}");
    }

    public static async Task<IReadOnlyList<JobRunDto>> RunsSinceAsync(this AppFixture app, TenantInfo tenant, string jobName, DateTimeOffset since) =>
        (await app.SendAsync(tenant, new ListJobRunsQuery())).Where(r => r.JobName == jobName && r.StartedAt >= since.AddSeconds(-1)).ToList();
}
