using Hangfire.PostgreSql;
using Npgsql;

namespace EqualityMark.Host.Jobs;

/// <summary>Installs or upgrades Hangfire's tables in their own schema; run by the migrate step as the owner role.</summary>
internal static class JobStorageSchema
{
    public static void Install(NpgsqlConnection connection) =>
        PostgreSqlObjectsInstaller.Install(connection, JobStorageFactory.Schema);
}
