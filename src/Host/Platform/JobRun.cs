using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Platform;

/// <summary>One run of a recurring job for one local authority.</summary>
internal sealed class JobRun : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string JobName { get; init; }

    public required string FireInstanceId { get; init; }

    public required string Node { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public JobRunOutcome Outcome { get; set; } = JobRunOutcome.Running;

    public string? Error { get; set; }
}
