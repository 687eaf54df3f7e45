using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Hangfire's PostgreSQL storage in the "hangfire" schema. The schema is installed by the migrate step as
/// the owner role, so the app role never prepares it (it has no DDL rights).
/// </summary>
internal static class JobStorageFactory
{
    public const string Schema = "hangfire";

    public static PostgreSqlStorage Create(string connectionString, JobsOptions jobs)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = jobs.QueuePollInterval,
            InvisibilityTimeout = jobs.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = jobs.SlidingInvisibilityTimeout,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
