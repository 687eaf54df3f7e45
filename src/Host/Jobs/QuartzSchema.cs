namespace EqualityMark.Host.Jobs;

/// <summary>
/// Quartz's own PostgreSQL DDL (embedded in Quartz.dll), run by a migration into the "quartz" schema.
/// It only creates what is missing and never drops anything.
/// </summary>
internal static class QuartzSchema
{
    private const string ResourceName = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static string CreateSql()
    {
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Quartz's schema script {ResourceName} was not found.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd()
            .Replace("{0}", QuartzSetup.TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", QuartzSetup.TablePrefix["quartz.".Length..], StringComparison.Ordinal);
        return "CREATE SCHEMA IF NOT EXISTS quartz;\n" + script.Replace("--;;", string.Empty, StringComparison.Ordinal);
    }

}
