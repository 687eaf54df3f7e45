using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Jobs on Hangfire with its PostgreSQL storage: every node shares the storage, each recurring occurrence is
/// enqueued once, and each authority's run is a background job of its own with automatic retries.
/// </summary>
internal static class JobsSetup
{
    public const string Queue = "default";

    public static void AddEqualityMarkJobs(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddSingleton(options);
        services.AddSingleton<TenantJobCatalog>();
        services.AddSingleton<TenantJobQueue>();
        services.AddScoped<JobRunLedger>();
        services.AddScoped<TenantJobRun>();
        services.AddScoped<TenantJobFanOut>();

        // Registered before AddHangfire, whose fallbacks are process-wide statics (JobStorage.Current,
        // JobActivator.Current): several hosts in one process (the tests) must each keep their own.
        services.AddSingleton<JobStorage>(_ => JobStorageFactory.Create(connectionString, options));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(new JobFilterProviderCollection(JobFilterProviders.Providers, new TenantJobRetryPolicy(options)));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        services.AddHostedService<RecurringJobRegistrar>();
        if (options.RunServer)
        {
            services.AddHangfireServer(server =>
            {
                server.Queues = [Queue];
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
            });
        }
    }
}
