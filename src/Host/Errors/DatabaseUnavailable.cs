using Npgsql;

namespace EqualityMark.Host.Errors;

/// <summary>
/// The database could not be reached (restarting, failing over, connections dropped): nothing the client did wrong, and
/// worth trying again shortly — 503 with Retry-After rather than a 500.
/// </summary>
internal static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    public static bool Matches(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } and not PostgresException)
            {
                return true;
            }
        }

        return false;
    }
}
