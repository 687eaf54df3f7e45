using EqualityMark.Shared.Data;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// A job run's commits (its ledger row, its unit of work, its outcome) do not wait for the write-ahead log to reach
/// disk. A crash can then lose at most the last fraction of a second of runs, never half of one (PostgreSQL's
/// asynchronous commit keeps each transaction whole), and a lost run is simply run again: the ledger does not show it
/// succeeded, and every job is idempotent. Without it the daily sweep waits for three disk flushes per authority per
/// job. The setting is the connection's and goes with the pool's reset (RESET ALL) when the run returns it.
/// </summary>
internal static class AsynchronousCommit
{
    public static async Task UseForJobAsync(DbSession session, CancellationToken cancellationToken)
    {
        await using var command = session.Connection.CreateCommand();
        command.CommandText = "SET synchronous_commit TO off";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
