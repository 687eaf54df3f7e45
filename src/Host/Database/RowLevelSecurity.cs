using Npgsql;

namespace EqualityMark.Host.Database;

/// <summary>
/// PostgreSQL's second wall behind the EF filter: every table with a tenant_id gets ENABLE + FORCE row-level
/// security and a policy that shows and accepts only rows of the tenant in the session setting app.tenant_id.
/// With no tenant set the setting is '' → NULL → no rows. Idempotent; run after every migration.
/// </summary>
internal static class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";
    public const string TenantPredicate = "tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid";

    public static async Task<int> EnforceAsync(NpgsqlConnection connection, IReadOnlyList<string> schemas, CancellationToken cancellationToken)
    {
        var tables = await TenantTablesAsync(connection, schemas, cancellationToken);
        foreach (var (schema, table) in tables)
        {
            var name = $"{Quote(schema)}.{Quote(table)}";
            var sql = $"""
                ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {name} FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS {PolicyName} ON {name};
                CREATE POLICY {PolicyName} ON {name} USING ({TenantPredicate}) WITH CHECK ({TenantPredicate});
                """;
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return tables.Count;
    }

    public static async Task<List<(string Schema, string Table)>> TenantTablesAsync(NpgsqlConnection connection, IReadOnlyList<string> schemas, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.table_schema, c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE' AND c.table_schema = ANY(@schemas)
            ORDER BY 1, 2
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schemas", schemas.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add((reader.GetString(0), reader.GetString(1)));
        }

        return tables;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
