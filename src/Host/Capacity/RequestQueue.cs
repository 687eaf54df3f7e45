using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Capacity;

/// <summary>
/// The turns requests take: a few run at once and the rest wait, oldest first. Reported as metrics: how many run, how
/// many wait, and how many were refused because the queue was full.
/// </summary>
internal sealed class RequestQueue : IDisposable
{
    public const string MeterName = "EqualityMark.Requests";

    private readonly ConcurrencyLimiter turns;
    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> refused;

    public RequestQueue(IOptions<CapacityOptions> options)
    {
        Concurrency = options.Value.ConcurrencyFor(Environment.ProcessorCount);
        turns = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Concurrency,
            QueueLimit = options.Value.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        meter.CreateObservableGauge("equalitymark.requests.running", () => Concurrency - (int)(turns.GetStatistics()?.CurrentAvailablePermits ?? 0),
            description: "Requests taking their turn now");
        meter.CreateObservableGauge("equalitymark.requests.queued", () => Waiting,
            description: "Requests waiting for their turn");
        refused = meter.CreateCounter<long>("equalitymark.requests.refused", description: "Requests refused because the queue was full");
    }

    public int Concurrency { get; }

    public long Waiting => turns.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>The request's turn, once it comes; not acquired when the queue is full. Cancelled when the caller goes.</summary>
    public async ValueTask<RateLimitLease> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        var lease = await turns.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            refused.Add(1);
        }

        return lease;
    }

    public void Dispose()
    {
        turns.Dispose();
        meter.Dispose();
    }
}
