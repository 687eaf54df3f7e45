namespace EqualityMark.Host.Jobs;

/// <summary>How this node runs jobs (configuration section "Jobs"). The defaults suit production.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>False for a node that serves pages but never executes jobs.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>This node's name in Hangfire's server list and in platform.job_runs.node (the machine name when unset).</summary>
    public string? ServerName { get; set; }

    /// <summary>How often an idle worker looks for an enqueued job.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often due recurring jobs and retries waiting for their delay are enqueued.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A job fetched by a node that stopped heartbeating is fetched again after this long.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A running job keeps extending its invisibility, so only a dead node's jobs are fetched again. Off only
    /// where a test simulates a killed node with a job that never returns.
    /// </summary>
    public bool SlidingInvisibilityTimeout { get; set; } = true;

    /// <summary>Waits before each retry of a failed authority run; their count is the number of retries.</summary>
    /// <remarks>No default in the property itself: the configuration binder appends to an existing array.</remarks>
    public int[]? RetryDelaysInSeconds { get; set; }

    public int[] RetryDelays => RetryDelaysInSeconds is { Length: > 0 } delays ? delays : [60, 300, 1800, 7200];
}
