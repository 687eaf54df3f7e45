using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.IntegrationTests.Schools;

/// <summary>
/// Counts the database commands EF Core creates while serving requests that carry the <see cref="Header"/> header,
/// per header value, so a test can compare one page's query count across data sizes while other tests run.
/// </summary>
public sealed class QueryCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Query-Count";

    private readonly ConcurrentDictionary<string, int> counts = new();

    public int CountFor(string key) => counts.GetValueOrDefault(key);

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        return result;
    }
}
