using Npgsql;

namespace EqualityMark.TestSupport;

/// <summary>
/// The test run's PostgreSQL database, started by test.sh (infra/postgres.sh) and reached through the
/// same environment variables the app reads. Tests connect as the app role, never as a superuser.
/// </summary>
public static class TestDatabase
{
    public static string AppConnectionString => Require("ConnectionStrings__App");

    public static string OwnerConnectionString => Require("ConnectionStrings__Owner");

    /// <summary>The platform role: the key ring and operators' credentials, nothing else.</summary>
    public static string PlatformConnectionString => Require("ConnectionStrings__Platform");

    /// <summary>The insight role: the benchmark counts authorities share, and the all-authorities table.</summary>
    public static string InsightConnectionString => Require("ConnectionStrings__Insight");

    /// <summary>The app role's connection string with a pool of exactly one connection, to prove reuse is safe.</summary>
    public static string SingleConnectionPool =>
        new NpgsqlConnectionStringBuilder(AppConnectionString) { MaxPoolSize = 1, MinPoolSize = 0 }.ConnectionString;

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests with ./test.sh, which starts PostgreSQL and sets it.");
}
