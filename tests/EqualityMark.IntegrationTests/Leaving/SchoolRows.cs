using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Leaving;

/// <summary>
/// Counts a school's rows in every table of every schema that has a school_id, through the owner connection (no EF
/// filter between the test and a row left behind). The audit log is not the school's data but the authority's record
/// of what was done to it, deletion included: it is kept for its retention period (ADR 0026).
/// </summary>
public static class SchoolRows
{
    public static async Task<Dictionary<string, long>> CountAsync(TenantInfo tenant, Guid schoolId)
    {
        await using var connection = await OpenAsync(tenant);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT format('%I.%I', c.table_schema, c.table_name) FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) " +
            "WHERE c.column_name = 'school_id' AND t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema') " +
            "AND (c.table_schema, c.table_name) NOT IN (('platform', 'audit_log_entries'), ('platform', 'platform_audit_log_entries'))", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE school_id = $1", connection) { Parameters = { new() { Value = schoolId } } };
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        await using var school = new NpgsqlCommand("SELECT count(*) FROM organisations.schools WHERE id = $1", connection) { Parameters = { new() { Value = schoolId } } };
        counts["organisations.schools"] = (long)(await school.ExecuteScalarAsync())!;
        return counts;
    }

    public static async Task<string?> ScalarAsync(TenantInfo tenant, string sql, Guid id)
    {
        await using var connection = await OpenAsync(tenant);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = id } } };
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    /// <summary>The owner is subject to the forced row-level security too, so the tenant is set as the app sets it.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(TenantInfo tenant)
    {
        var connection = new NpgsqlConnection(TestDatabase.OwnerConnectionString);
        await connection.OpenAsync();
        await using var setting = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection) { Parameters = { new() { Value = tenant.Id.ToString() } } };
        await setting.ExecuteNonQueryAsync();
        return connection;
    }
}
