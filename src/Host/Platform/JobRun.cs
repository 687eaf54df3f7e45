using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Platform;

/// <summary>One run of a recurring job for one local authority.</summary>
internal sealed class JobRun : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string JobName { get; init; }

    /// <summary>The occurrence (or manual start) this run belongs to; with tenant and job, its idempotency key.</summary>
    public required string FireInstanceId { get; init; }

    public required string Node { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public JobRunOutcome Outcome { get; set; } = JobRunOutcome.Running;

    /// <summary>How many times the run was started: retries after a failure, or after its node died.</summary>
    public int Attempts { get; set; } = 1;

    public string? Error { get; set; }
}
