using EqualityMark.Host.Jobs;
using EqualityMark.TestSupport;
using Hangfire;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>
/// A Hangfire server on the test database, as another host would run one, listening only to a test's own
/// queue so the app's server never takes the test's jobs.
/// </summary>
internal sealed class TestJobNode : IDisposable
{
    private readonly BackgroundJobServer _server;

    public TestJobNode(string name, string queue, JobsOptions? jobs = null)
    {
        Storage = JobStorageFactory.Create(TestDatabase.AppConnectionString, jobs ?? FastPolling());
        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = name,
                Queues = [queue],
                WorkerCount = 2,
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                ShutdownTimeout = TimeSpan.FromSeconds(1),
                Activator = new JobActivator(),
            },
            Storage);
    }

    public JobStorage Storage { get; }

    public static JobsOptions FastPolling() => new() { QueuePollInterval = TimeSpan.FromMilliseconds(200) };

    /// <summary>Stops the node without waiting for its jobs: a job still running is abandoned, as if the process died.</summary>
    public void Dispose() => _server.Dispose();
}
