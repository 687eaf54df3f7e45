using EqualityMark.Shared.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EqualityMark.Organisations.Features.Platform;

/// <summary>
/// Operators' passwords and lockout, through the platform role only. Each change is one statement, so parallel
/// failed sign-ins are all counted and a correct password never wins against a lock set a moment earlier.
/// </summary>
internal sealed class OperatorCredentialStore([FromKeyedServices(PlatformDatabase.ServiceKey)] NpgsqlDataSource database)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    public async Task<(string PasswordHash, string SecurityStamp, bool IsLocked)?> FindAsync(Guid operatorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT password_hash, security_stamp, locked_until > $2 FROM organisations.operator_credentials WHERE operator_id = $1",
            operatorId, now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), reader.GetString(1), !reader.IsDBNull(2) && reader.GetBoolean(2))
            : null;
    }

    public async Task RecordFailureAsync(Guid operatorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"""
            UPDATE organisations.operator_credentials
               SET failed_sign_in_count = CASE WHEN failed_sign_in_count + 1 >= {MaxFailedAttempts} THEN 0 ELSE failed_sign_in_count + 1 END,
                   locked_until = CASE WHEN failed_sign_in_count + 1 >= {MaxFailedAttempts} THEN $2 ELSE locked_until END
             WHERE operator_id = $1 AND (locked_until IS NULL OR locked_until <= $3)
            """,
            operatorId, now + LockoutPeriod, now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Clears the failure count unless the account is locked; false when it is (the sign-in must fail).</summary>
    public async Task<bool> RecordSuccessAsync(Guid operatorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "UPDATE organisations.operator_credentials SET failed_sign_in_count = 0 WHERE operator_id = $1 AND (locked_until IS NULL OR locked_until <= $2)",
            operatorId, now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>A new password (and security stamp), and no lock; with <paramref name="expectedStamp"/>, only if the stamp is still that one.</summary>
    public async Task<bool> SetPasswordAsync(Guid operatorId, string passwordHash, string? expectedStamp, CancellationToken cancellationToken)
    {
        await using var command = Command(
            """
            INSERT INTO organisations.operator_credentials (operator_id, password_hash, security_stamp, failed_sign_in_count, locked_until)
            VALUES ($1, $2, $3, 0, NULL)
            ON CONFLICT (operator_id) DO UPDATE
               SET password_hash = excluded.password_hash, security_stamp = excluded.security_stamp, failed_sign_in_count = 0, locked_until = NULL
             WHERE $4::text IS NULL OR operator_credentials.security_stamp = $4::text
            """,
            operatorId, passwordHash, Guid.NewGuid().ToString("N"), (object?)expectedStamp ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private NpgsqlCommand Command(string sql, params object[] values)
    {
        var command = database.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
