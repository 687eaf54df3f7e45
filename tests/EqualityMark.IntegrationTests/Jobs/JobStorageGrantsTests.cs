using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>The app role uses Hangfire's tables but cannot change them: the migrate step installed them as the owner.</summary>
[Collection(AppTestGroup.Name)]
public sealed class JobStorageGrantsTests
{
    [Fact]
    public async Task The_app_role_reads_and_writes_hangfire_rows_but_has_no_ddl_and_the_quartz_schema_is_gone()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.AppConnectionString);
        await connection.OpenAsync();

        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM hangfire.job") >= 0);
        Assert.True(await ScalarAsync<int>(connection, "SELECT max(version) FROM hangfire.schema") > 3);
        Assert.False(await ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'quartz')"));

        foreach (var sql in new[]
        {
            "CREATE TABLE hangfire.smuggled (id int)",
            "ALTER TABLE hangfire.job ADD COLUMN smuggled int",
            "UPDATE hangfire.schema SET version = version",
        })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>(connection, sql));
            Assert.True(error.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {error.SqlState}");
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
