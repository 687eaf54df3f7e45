using Npgsql;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Tenancy;

/// <summary>The database's own wall: raw SQL as the app role, with no EF filter in the way.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RowLevelSecurityTests(AppFixture app)
{
    private static readonly string[] ModuleSchemas =
        ["organisations", "platform", "audit", "events", "subscriptions", "evidence", "action_planning", "accreditation"];

    [Fact]
    public async Task Every_table_with_a_tenant_id_has_row_level_security_enabled_forced_and_a_policy()
    {
        await using var connection = await OpenAsync(null);
        var tables = await TenantTablesAsync(connection);
        Assert.Contains("organisations.schools", tables);
        Assert.Contains("organisations.users", tables);
        Assert.Contains("platform.job_runs", tables);
        Assert.Contains("accreditation.awards", tables);
        Assert.Contains("accreditation.summaries", tables);
        Assert.Contains("accreditation.signing_keys", tables);

        await using var command = new NpgsqlCommand("""
            SELECT n.nspname || '.' || c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (SELECT count(*) FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname
                        AND p.qual LIKE '%app.tenant_id%' AND p.with_check LIKE '%app.tenant_id%')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname || '.' || c.relname = ANY(@tables)
            """, connection);
        command.Parameters.AddWithValue("tables", tables.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var checkedTables = 0;
        while (await reader.ReadAsync())
        {
            Assert.True(reader.GetBoolean(1), $"{reader.GetString(0)}: RLS not enabled");
            Assert.True(reader.GetBoolean(2), $"{reader.GetString(0)}: RLS not forced");
            Assert.True(reader.GetInt64(3) == 1, $"{reader.GetString(0)}: no USING + WITH CHECK tenant policy");
            checkedTables++;
        }

        Assert.Equal(tables.Count, checkedTables);
    }

    [Fact]
    public async Task With_no_tenant_set_every_tenant_table_returns_no_rows()
    {
        await using var connection = await OpenAsync(null);
        foreach (var table in await TenantTablesAsync(connection))
        {
            Assert.Equal(0L, await ScalarAsync<long>(connection, $"SELECT count(*) FROM {table}"));
        }
    }

    [Fact]
    public async Task With_a_tenant_set_only_its_rows_are_visible()
    {
        await using var connection = await OpenAsync(app.Lancashire.Id);
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM organisations.schools") > 0);
        foreach (var table in await TenantTablesAsync(connection))
        {
            var foreign = await ScalarAsync<long>(connection, $"SELECT count(*) FROM {table} WHERE tenant_id <> '{app.Lancashire.Id}'");
            Assert.True(foreign == 0, $"{table} shows {foreign} rows of another tenant");
        }
    }

    [Fact]
    public async Task Inserting_a_row_for_another_tenant_is_refused()
    {
        await using var connection = await OpenAsync(app.Lancashire.Id);
        var insert = $"""
            INSERT INTO organisations.schools (id, tenant_id, name, urn, phase, address_line1, town, postcode, created_at)
            VALUES (gen_random_uuid(), '{app.Northdale.Id}', 'Smuggled School', '999999', 'Primary', 'x', 'x', 'x', now())
            """;
        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>(connection, insert));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Moving_a_row_to_another_tenant_is_refused()
    {
        await using var connection = await OpenAsync(app.Lancashire.Id);
        var update = $"UPDATE organisations.schools SET tenant_id = '{app.Northdale.Id}' WHERE urn = '900101'";
        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>(connection, update));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Another_tenants_rows_cannot_be_updated_or_deleted()
    {
        await using var connection = await OpenAsync(app.Lancashire.Id);
        await using var update = new NpgsqlCommand($"UPDATE organisations.schools SET name = 'Renamed' WHERE tenant_id = '{app.Northdale.Id}'", connection);
        Assert.Equal(0, await update.ExecuteNonQueryAsync());
        await using var delete = new NpgsqlCommand($"DELETE FROM organisations.users WHERE tenant_id = '{app.Northdale.Id}'", connection);
        Assert.Equal(0, await delete.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task The_app_role_owns_nothing_and_cannot_bypass_row_level_security()
    {
        await using var connection = await OpenAsync(null);
        Assert.False(await ScalarAsync<bool>(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        Assert.False(await ScalarAsync<bool>(connection, "SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(0L, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user"));
        Assert.Equal(0L, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE r.rolname = current_user"));
    }

    private static async Task<List<string>> TenantTablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.table_schema || '.' || c.table_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE' AND c.table_schema = ANY(@schemas)
            """, connection);
        command.Parameters.AddWithValue("schemas", ModuleSchemas);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        Assert.True(tables.Count >= 6, "expected the module tenant tables");
        return tables;
    }

    /// <summary>A raw connection as the app role, with the tenant set (or none), as the pool would hand it out.</summary>
    internal static async Task<NpgsqlConnection> OpenAsync(Guid? tenantId)
    {
        var connection = new NpgsqlConnection(TestDatabase.AppConnectionString);
        await connection.OpenAsync();
        if (tenantId is { } id)
        {
            await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", connection);
            set.Parameters.AddWithValue("t", id.ToString());
            await set.ExecuteScalarAsync();
        }

        return connection;
    }

    internal static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
