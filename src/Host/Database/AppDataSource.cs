using Npgsql;

namespace EqualityMark.Host.Database;

/// <summary>
/// The connections the host uses. Statements EF sends again and again are prepared on each physical connection
/// after their second use (Npgsql's automatic preparation), unless the connection string sets
/// <c>Max Auto Prepare</c> itself. Npgsql keeps them across pooled reuses: it then resets a returned connection
/// with DISCARD ALL's steps except DEALLOCATE ALL, RESET ALL among them, so the tenant setting still goes.
/// </summary>
internal static class AppDataSource
{
    public const int MaxAutoPrepare = 200;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
