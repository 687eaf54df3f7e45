using EqualityMark.Shared.Jobs;
using Quartz;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Quartz with its ADO.NET store on PostgreSQL, clustered: several hosts share one store and each
/// trigger fires on exactly one of them. Tables live in the "quartz" schema, created by a migration.
/// </summary>
internal static class QuartzSetup
{
    public const string TablePrefix = "quartz.qrtz_";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static void AddEqualityMarkJobs(this WebApplicationBuilder builder, string connectionString, IEnumerable<TenantJobDefinition> jobs)
    {
        builder.Services.AddQuartz(quartz =>
        {
            UseClusteredStore(quartz, "EqualityMark", connectionString);

            foreach (var job in jobs)
            {
                var key = new JobKey(job.Name, "tenant-jobs");
                quartz.AddJob<TenantCommandJob>(j => j
                    .WithIdentity(key)
                    .WithDescription(job.Description)
                    .UsingJobData(TenantCommandJob.CommandTypeKey, job.CommandType.AssemblyQualifiedName!)
                    .DisallowConcurrentExecution(true)
                    .StoreDurably(true));
                quartz.AddTrigger(t => t
                    .ForJob(key)
                    .WithIdentity(job.Name, "tenant-jobs")
                    .WithSchedule(CronScheduleBuilder.Create(job.CronExpression).InTimeZone(London)));
            }
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
    }

    /// <summary>The clustered PostgreSQL store every node shares (also used by the two-node test).</summary>
    public static void UseClusteredStore(IQuartzBuilder quartz, string schedulerName, string connectionString)
    {
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = schedulerName;
            scheduler.GenerateInstanceId = true;
            scheduler.DefaultTimeZone = London;
        });
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(postgres => postgres.ConnectionString = connectionString);
            store.ConfigureStore(options =>
            {
                options.TablePrefix = TablePrefix;
                options.SchemaProvisioning = SchemaProvisioning.Validate;
            });
            store.UseClustering(cluster =>
            {
                cluster.Enabled = true;
                cluster.CheckinInterval = TimeSpan.FromSeconds(10);
                cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
            });
        });
    }
}
