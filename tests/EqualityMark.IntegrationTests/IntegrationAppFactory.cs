using EqualityMark.IntegrationTests.Jobs;
using EqualityMark.Shared.Jobs;
using EqualityMark.TestSupport;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests;

/// <summary>The real host, with jobs polled every second, retried after a second, and one test job declared.</summary>
public sealed class IntegrationAppFactory : EqualityMarkAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:QueuePollInterval", "00:00:01");
        builder.UseSetting("Jobs:SchedulePollingInterval", "00:00:01");
        builder.UseSetting("Jobs:RetryDelaysInSeconds:0", "1");
        builder.UseSetting("Jobs:RetryDelaysInSeconds:1", "1");
        builder.UseSetting("Jobs:RetryDelaysInSeconds:2", "1");
        builder.ConfigureServices(services =>
        {
            // 1 January at midnight: it runs in the tests only when they trigger it.
            services.AddTenantJob<RecordingTestCommand>(RecordingTestCommand.JobName, "Records the authorities it runs for (tests only)", "0 0 1 1 *");
            services.AddTransient<IRequestHandler<RecordingTestCommand, Unit>, RecordingTestHandler>();
            Schools.QueryCounting.Add(services);
        });
    }
}
