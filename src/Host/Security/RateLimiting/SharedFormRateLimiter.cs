using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Security.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiting middleware with counts kept in PostgreSQL (shared by every app node). Requests that
/// are not limited forms pass at once; a limited form is counted per client address and, for sign-in and reset
/// requests, per email address. Over the limit: 429 with Retry-After (see <see cref="RateLimitSetup"/>).
/// </summary>
internal sealed class SharedFormRateLimiter(IServiceScopeFactory scopes, IOptions<RateLimitOptions> options, TimeProvider clock)
    : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimitLease Allowed = new Lease(true, null);

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    /// <summary>Not a limited form: allowed. A limited form needs the database, so it is refused here and decided in <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        !options.Value.Enabled || LimitedForms.For(resource.Request) is null ? Allowed : new Lease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || LimitedForms.For(resource.Request) is not { } form)
        {
            return Allowed;
        }

        var limits = options.Value;
        var now = clock.GetUtcNow();
        var windowStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % limits.Window.Ticks), TimeSpan.Zero);
        var retryAfter = windowStart + limits.Window - now;
        await using var scope = scopes.CreateAsyncScope();
        var counters = scope.ServiceProvider.GetRequiredService<RateLimitCounters>();
        var host = resource.Request.Host.Host.ToLowerInvariant();
        var client = resource.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await counters.CountAsync($"{form.Name}:client:{client}", windowStart, cancellationToken) > limits.PerClient)
        {
            return new Lease(false, retryAfter);
        }

        if (form.PerAccount && await EmailAsync(resource, cancellationToken) is { Length: > 0 } email
            && await counters.CountAsync($"{form.Name}:account:{host}:{email}", windowStart, cancellationToken) > limits.PerAccount)
        {
            return new Lease(false, retryAfter);
        }

        return Allowed;
    }

    /// <summary>The email the form names (hashed: counters hold no addresses); reading the form buffers it, so the page still binds it afterwards.</summary>
    private static async Task<string?> EmailAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var email = form["Input.Email"].ToString().Trim().ToLowerInvariant();
        return email.Length == 0 ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email)));
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
