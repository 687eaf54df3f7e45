using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.IntegrationTests.Schools;

/// <summary>
/// Counts the savepoints EF Core makes while serving requests that carry the <see cref="QueryCounter.Header"/> header,
/// per header value (savepoints are not commands, so <see cref="QueryCounter"/> does not see them).
/// </summary>
public sealed class SavepointCounter(IHttpContextAccessor http) : DbTransactionInterceptor
{
    private readonly ConcurrentDictionary<string, int> counts = new();

    public int CountFor(string key) => counts.GetValueOrDefault(key);

    public override ValueTask<InterceptionResult> CreatingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (http.HttpContext?.Request.Headers[QueryCounter.Header].ToString() is { Length: > 0 } key)
        {
            counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        return ValueTask.FromResult(result);
    }
}
