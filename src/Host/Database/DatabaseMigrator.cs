using EqualityMark.Host.Jobs;
using EqualityMark.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Host.Database;

/// <summary>
/// Applies every module's migrations and installs Hangfire's schema, then makes sure every tenant table has row-level security and the
/// app role has exactly the grants it needs. Runs as the owner role, in its own process (`migrate`).
/// </summary>
internal sealed class DatabaseMigrator(
    IServiceProvider services,
    IEnumerable<ModuleSchema> schemas,
    NpgsqlDataSource dataSource,
    IConfiguration configuration,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var schema in schemas)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(schema.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Schema {Schema}: applied {Count} migration(s)", schema.Schema, pending.Count);
        }

        var appRole = configuration["Database:AppRole"] ?? "equalitymark_app";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        JobStorageSchema.Install(connection);
        logger.LogInformation("Schema {Schema}: Hangfire's tables installed or upgraded", JobStorageFactory.Schema);
        var tenantTables = await RowLevelSecurity.EnforceAsync(connection, schemas.Select(s => s.Schema).ToList(), cancellationToken);
        await DatabaseGrants.GrantAppRoleAsync(connection, appRole, schemas.Select(s => s.Schema), cancellationToken);
        await DatabaseGrants.MakeAuditLogAppendOnlyAsync(connection, appRole, cancellationToken);
        await DatabaseGrants.GrantJobStorageAsync(connection, appRole, JobStorageFactory.Schema, cancellationToken);
        await DatabaseGrants.GrantPlatformRoleAsync(connection, appRole, configuration["Database:PlatformRole"] ?? "equalitymark_platform", cancellationToken);
        await DatabaseGrants.GrantInsightRoleAsync(connection, appRole, configuration["Database:InsightRole"] ?? "equalitymark_insight", cancellationToken);
        logger.LogInformation("Row-level security enforced on {Count} tenant tables; grants given to {Role}", tenantTables, appRole);
    }
}
