using Npgsql;

namespace EqualityMark.Host.Database;

/// <summary>The app role may read and write rows, nothing more: it owns nothing and cannot change the schema.</summary>
internal static class DatabaseGrants
{
    public static async Task GrantAppRoleAsync(NpgsqlConnection connection, string appRole, IEnumerable<string> schemas, CancellationToken cancellationToken)
    {
        foreach (var schema in schemas.Distinct())
        {
            var name = RowLevelSecurity.Quote(schema);
            await ExecuteAsync(connection, RowAccess(name, RowLevelSecurity.Quote(appRole)) + $"""
                REVOKE ALL ON TABLE {name}."__ef_migrations_history" FROM {RowLevelSecurity.Quote(appRole)};
                """, cancellationToken);
        }
    }

    /// <summary>
    /// The audit log is append-only for the app: it may add entries and read them, never change or remove one; old entries
    /// go only through the retention function.
    /// </summary>
    public static Task MakeAuditLogAppendOnlyAsync(NpgsqlConnection connection, string appRole, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"""
            REVOKE UPDATE, DELETE, TRUNCATE ON TABLE platform.audit_log_entries, platform.platform_audit_log_entries FROM {RowLevelSecurity.Quote(appRole)};
            GRANT EXECUTE ON FUNCTION platform.purge_audit_log_entries() TO {RowLevelSecurity.Quote(appRole)};
            """, cancellationToken);

    /// <summary>
    /// Key material and operators' passwords are for the platform role only: the request path's app role can neither read
    /// nor change them, so a flaw in any request handler cannot reach them.
    /// </summary>
    public static Task GrantPlatformRoleAsync(NpgsqlConnection connection, string appRole, string platformRole, CancellationToken cancellationToken)
    {
        var (app, platform) = (RowLevelSecurity.Quote(appRole), RowLevelSecurity.Quote(platformRole));
        return ExecuteAsync(connection, $"""
            REVOKE ALL ON TABLE platform.data_protection_keys, organisations.operator_credentials FROM {app};
            GRANT USAGE ON SCHEMA platform, organisations TO {platform};
            GRANT SELECT, INSERT ON TABLE platform.data_protection_keys TO {platform};
            GRANT SELECT, INSERT, UPDATE ON TABLE organisations.operator_credentials TO {platform};
            """, cancellationToken);
    }

    /// <summary>
    /// The insight role reads across authorities, but only the benchmark counts of authorities that share them (a
    /// policy of its own beside the tenant one) and their contribution settings; it alone writes the all-authorities
    /// table, which the app role may only read (ADR 0040).
    /// </summary>
    public static Task GrantInsightRoleAsync(NpgsqlConnection connection, string appRole, string insightRole, CancellationToken cancellationToken)
    {
        var (app, insight) = (RowLevelSecurity.Quote(appRole), RowLevelSecurity.Quote(insightRole));
        return ExecuteAsync(connection, $"""
            GRANT USAGE ON SCHEMA audit TO {insight};
            GRANT SELECT ON TABLE audit.benchmark_counts, audit.benchmark_contributions TO {insight};
            GRANT SELECT, INSERT, DELETE ON TABLE audit.national_benchmark_counts TO {insight};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE audit.national_benchmark_counts FROM {app};
            DROP POLICY IF EXISTS insight_reads_contributions ON audit.benchmark_contributions;
            CREATE POLICY insight_reads_contributions ON audit.benchmark_contributions FOR SELECT TO {insight} USING (true);
            DROP POLICY IF EXISTS insight_reads_shared_counts ON audit.benchmark_counts;
            CREATE POLICY insight_reads_shared_counts ON audit.benchmark_counts FOR SELECT TO {insight}
                USING (EXISTS (SELECT 1 FROM audit.benchmark_contributions k WHERE k.tenant_id = benchmark_counts.tenant_id AND k.shares));
            """, cancellationToken);
    }

    /// <summary>Hangfire's tables (outside row-level security): rows and sequences, but its schema version only to read.</summary>
    public static Task GrantJobStorageAsync(NpgsqlConnection connection, string appRole, string schema, CancellationToken cancellationToken)
    {
        var (name, role) = (RowLevelSecurity.Quote(schema), RowLevelSecurity.Quote(appRole));
        return ExecuteAsync(connection, RowAccess(name, role) + $"""
            REVOKE INSERT, UPDATE, DELETE ON TABLE {name}."schema" FROM {role};
            """, cancellationToken);
    }

    private static string RowAccess(string schema, string role) => $"""
        CREATE SCHEMA IF NOT EXISTS {schema};
        GRANT USAGE ON SCHEMA {schema} TO {role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role};

        """;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
