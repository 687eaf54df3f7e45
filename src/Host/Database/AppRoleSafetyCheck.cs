using Npgsql;

namespace EqualityMark.Host.Database;

/// <summary>
/// Refuses to start the app if its database role could get around row-level security: a superuser,
/// a BYPASSRLS role, or the owner of any table (owners can switch RLS off).
/// </summary>
internal static class AppRoleSafetyCheck
{
    public static async Task EnsureSafeAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                   (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relkind IN ('r', 'p', 'v', 'm')
                        AND c.relnamespace NOT IN (SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema')))
            FROM pg_roles r WHERE r.rolname = current_user
            """;
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (role, isSuperuser, bypassesRls, ownedTables) = (reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt64(3));
        if (isSuperuser || bypassesRls || ownedTables > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to start: database role '{role}' could bypass row-level security " +
                $"(superuser: {isSuperuser}, bypassrls: {bypassesRls}, owns {ownedTables} tables). " +
                "Connect the app with a role that owns nothing and has neither SUPERUSER nor BYPASSRLS.");
        }
    }
}
