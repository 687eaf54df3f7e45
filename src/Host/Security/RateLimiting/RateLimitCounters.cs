using Npgsql;

namespace EqualityMark.Host.Security.RateLimiting;

/// <summary>
/// Fixed-window counters in platform.rate_limit_counters, so every app node counts against the same limit. One
/// statement per count: parallel requests are all counted.
/// </summary>
internal sealed class RateLimitCounters(NpgsqlDataSource database)
{
    public async Task<int> CountAsync(string bucket, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO platform.rate_limit_counters (bucket, window_start, hits) VALUES ($1, $2, 1)
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
            RETURNING hits
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = bucket });
        command.Parameters.Add(new NpgsqlParameter { Value = windowStart });
        var hits = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        if (hits == 1 && Random.Shared.Next(100) == 0)
        {
            await RemoveOldWindowsAsync(windowStart, cancellationToken);
        }

        return hits;
    }

    private async Task RemoveOldWindowsAsync(DateTimeOffset currentWindow, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM platform.rate_limit_counters WHERE window_start < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = currentWindow.AddDays(-1) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
