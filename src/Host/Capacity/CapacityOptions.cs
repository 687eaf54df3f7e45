namespace EqualityMark.Host.Capacity;

/// <summary>"Capacity" settings: how many requests run at once, and how many may wait their turn.</summary>
internal sealed class CapacityOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests running at once; 0 (the default) means two a processor.</summary>
    public int ConcurrentRequests { get; set; }

    /// <summary>Requests waiting their turn before more are refused (503, try again in a few seconds).</summary>
    public int QueueLimit { get; set; } = 1000;

    /// <summary>
    /// A request body up to this size is received whole before the request takes its turn, so a slow sender never holds
    /// a turn; larger bodies (evidence uploads) and bodies of unknown length go straight on, untimed by the queue.
    /// </summary>
    public int ReceivedFirstBodyLimit { get; set; } = 64 * 1024;

    public int ConcurrencyFor(int processors) => ConcurrentRequests > 0 ? ConcurrentRequests : 2 * processors;
}
