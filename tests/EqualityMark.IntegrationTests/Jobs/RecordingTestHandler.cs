using System.Collections.Concurrent;
using EqualityMark.Shared.Tenancy;
using MediatR;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>Records each authority it runs for, and fails once for any authority a test asks it to.</summary>
internal sealed class RecordingTestHandler(ITenantContext tenant) : IRequestHandler<RecordingTestCommand, Unit>
{
    public static ConcurrentQueue<(Guid TenantId, bool Failed, DateTimeOffset At)> Runs { get; } = new();

    public static ConcurrentDictionary<Guid, bool> FailOnceFor { get; } = new();

    public Task<Unit> Handle(RecordingTestCommand request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!.Value;
        var fail = FailOnceFor.TryRemove(tenantId, out _);
        Runs.Enqueue((tenantId, fail, DateTimeOffset.UtcNow));
        return fail ? throw new InvalidOperationException("Simulated failure for one authority") : Task.FromResult(Unit.Value);
    }
}
