using Npgsql;

namespace EqualityMark.Host.Database;

/// <summary>The app role may read and write rows, nothing more: it owns nothing and cannot change the schema.</summary>
internal static class DatabaseGrants
{
    public static async Task GrantAppRoleAsync(NpgsqlConnection connection, string appRole, IEnumerable<string> schemas, CancellationToken cancellationToken)
    {
        var role = RowLevelSecurity.Quote(appRole);
        foreach (var schema in schemas.Distinct())
        {
            var name = RowLevelSecurity.Quote(schema);
            var sql = $"""
                CREATE SCHEMA IF NOT EXISTS {name};
                GRANT USAGE ON SCHEMA {name} TO {role};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {name} TO {role};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {name} TO {role};
                REVOKE ALL ON TABLE {name}."__ef_migrations_history" FROM {role};
                """;
            if (schema == "quartz")
            {
                sql = sql.Replace($"REVOKE ALL ON TABLE {name}.\"__ef_migrations_history\" FROM {role};", string.Empty, StringComparison.Ordinal);
            }

            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
