using System.Security.Cryptography;
using System.Text;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Security;
using Npgsql;

namespace EqualityMark.Host.Security.Sessions;

/// <summary>
/// Sessions in platform.sign_in_sessions (a global table, no tenant needed). A session lasts eight hours from its last
/// use; the expiry moves on only once half of it has passed, so most requests only read. The check every request makes
/// runs on the request's own connection (<see cref="DbSession"/>), which the request's queries then reuse: one
/// connection taken from the pool, and reset, per request instead of two. Starting and ending sessions keep their own
/// connections, so they never join a unit of work that may roll back.
/// </summary>
internal sealed class SignInSessionStore(NpgsqlDataSource database, DbSession requestConnection, TimeProvider clock) : ISignInSessions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public async Task<string> StartAsync(Guid personId, Guid? authorityId, CancellationToken cancellationToken)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command(
            "INSERT INTO platform.sign_in_sessions (key_hash, person_id, authority_id, started_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            Hash(key), personId, (object?)authorityId ?? DBNull.Value, now, now + Lifetime));
        batch.BatchCommands.Add(Command("DELETE FROM platform.sign_in_sessions WHERE person_id = $1 AND expires_at <= $2", personId, now));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return key;
    }

    /// <summary>True while the session exists and has not expired; extends it when less than half its lifetime is left.</summary>
    public async Task<bool> IsActiveAsync(string key, Guid personId, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        await requestConnection.OpenAsync(cancellationToken);
        var connection = requestConnection.Connection;
        await using var read = new NpgsqlCommand("SELECT person_id, expires_at FROM platform.sign_in_sessions WHERE key_hash = $1", connection);
        read.Parameters.Add(new NpgsqlParameter { Value = hash });
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken) || reader.GetGuid(0) != personId)
            {
                return false;
            }

            var expiresAt = reader.GetFieldValue<DateTimeOffset>(1);
            var now = clock.GetUtcNow();
            if (expiresAt <= now)
            {
                return false;
            }

            if (expiresAt - now > Lifetime / 2)
            {
                return true;
            }
        }

        await using var extend = new NpgsqlCommand("UPDATE platform.sign_in_sessions SET expires_at = $2 WHERE key_hash = $1", connection);
        extend.Parameters.Add(new NpgsqlParameter { Value = hash });
        extend.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() + Lifetime });
        await extend.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public async Task EndAllAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM platform.sign_in_sessions WHERE person_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
