using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Security.RateLimiting;

/// <summary>How many times one bucket (a form and a client address or a hashed email) was used in one window.</summary>
[GlobalEntity("Counted before anyone is signed in; buckets name the host, never an authority's data.")]
internal sealed class RateLimitCounter
{
    public required string Bucket { get; init; }

    public DateTimeOffset WindowStart { get; init; }

    public int Hits { get; init; }
}
