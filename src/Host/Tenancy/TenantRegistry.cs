using System.Collections.Concurrent;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Host.Tenancy;

/// <summary>
/// Active tenants by code, cached briefly so resolving the tenant costs no query on most requests.
/// Loaded in its own tenant-less scope, never in the request's (whose tenant is not yet fixed).
/// </summary>
internal sealed class TenantRegistry(TenantScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MissRefreshAfter = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<TenantInfo?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        if (!snapshot.ByCode.ContainsKey(code) && clock.GetUtcNow() - snapshot.LoadedAt > MissRefreshAfter)
        {
            // A tenant created a moment ago should not wait for the cache to expire.
            snapshot = await RefreshAsync(cancellationToken, force: true);
        }

        return snapshot.ByCode.GetValueOrDefault(code);
    }

    public async Task<IReadOnlyCollection<TenantInfo>> ActiveAsync(CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        return snapshot.ByCode.Values.ToList();
    }

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _refresh.Dispose();

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        return snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt <= Lifetime ? snapshot : await RefreshAsync(cancellationToken);
    }

    private async Task<Snapshot> RefreshAsync(CancellationToken cancellationToken, bool force = false)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var freshness = force ? MissRefreshAfter : Lifetime;
            if (_snapshot is { } fresh && clock.GetUtcNow() - fresh.LoadedAt <= freshness)
            {
                return fresh;
            }

            await using var scope = scopes.CreateScope(null);
            var tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetActiveTenantsQuery(), cancellationToken);
            var byCode = new ConcurrentDictionary<string, TenantInfo>(
                tenants.Select(t => KeyValuePair.Create(t.Code, new TenantInfo(t.Id, t.Code, t.Name, t.ProgrammeName))));
            return _snapshot = new Snapshot(byCode, clock.GetUtcNow());
        }
        finally
        {
            _refresh.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, TenantInfo> ByCode, DateTimeOffset LoadedAt);
}
