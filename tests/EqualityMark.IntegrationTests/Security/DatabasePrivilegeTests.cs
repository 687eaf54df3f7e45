using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>The request path's role cannot read key material or operators' passwords; the platform role reads only those.</summary>
public sealed class DatabasePrivilegeTests
{
    [Theory]
    [InlineData("SELECT xml FROM platform.data_protection_keys")]
    [InlineData("SELECT password_hash FROM organisations.operator_credentials")]
    [InlineData("UPDATE organisations.operator_credentials SET locked_until = NULL")]
    [InlineData("INSERT INTO platform.data_protection_keys (friendly_name, xml) VALUES ('x', '<key/>')")]
    public async Task The_app_role_is_refused(string sql)
    {
        await DatabaseMigration.EnsureMigratedAsync();
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => RunAsync(TestDatabase.AppConnectionString, sql));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
    }

    [Theory]
    [InlineData("SELECT password_hash FROM organisations.users")]
    [InlineData("SELECT name FROM organisations.tenants")]
    [InlineData("SELECT body FROM platform.outbound_emails")]
    public async Task The_platform_role_reads_nothing_else(string sql)
    {
        await DatabaseMigration.EnsureMigratedAsync();
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => RunAsync(TestDatabase.PlatformConnectionString, sql));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
    }

    private static async Task RunAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
