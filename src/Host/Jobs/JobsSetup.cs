using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.Logging;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Jobs on Hangfire with its PostgreSQL storage: every node shares the storage, each recurring occurrence is
/// enqueued once, and each authority's run is a background job of its own with automatic retries.
/// </summary>
/// <remarks>
/// Not AddHangfire: it points process-wide statics (log provider, job activator, JobStorage.Current) at whichever
/// container resolves it. With several hosts in one process (the tests) a disposed host's logger factory then
/// broke the other host's workers. Each host here keeps its own storage, activator and clients; only the host
/// that runs a server hands Hangfire its loggers.
/// </remarks>
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
        services.AddScoped<PlatformJobRun>();
        services.AddScoped<TenantJobFanOut>();
        services.AddScoped<BackgroundCommandRun>();
        services.AddScoped<EqualityMark.Shared.Jobs.IBackgroundCommands, BackgroundCommandQueue>();

        // The same for every host, so setting these statics here is safe.
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        services.AddSingleton(GlobalConfiguration.Configuration);
        services.AddSingleton(DashboardRoutes.Routes);
        services.AddSingleton<ITimeZoneResolver, DefaultTimeZoneResolver>();
        services.AddSingleton<JobStorage>(_ => JobStorageFactory.Create(connectionString, options));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(new JobFilterProviderCollection(JobFilterProviders.Providers, new TenantJobRetryPolicy(options)));
        services.AddSingleton<IBackgroundJobClient>(provider =>
            new BackgroundJobClient(provider.GetRequiredService<JobStorage>(), provider.GetRequiredService<IJobFilterProvider>()));
        services.AddSingleton<IRecurringJobManager>(provider => new RecurringJobManager(
            provider.GetRequiredService<JobStorage>(), provider.GetRequiredService<IJobFilterProvider>(), provider.GetRequiredService<ITimeZoneResolver>()));

        services.AddHostedService<RecurringJobRegistrar>();
        if (options.RunServer)
        {
            services.AddHangfireServer((provider, server) =>
            {
                LogProvider.SetCurrentLogProvider(new AspNetCoreLogProvider(provider.GetRequiredService<ILoggerFactory>()));
                server.Queues = [Queue];
                if (!string.IsNullOrWhiteSpace(options.ServerName))
                {
                    server.ServerName = options.ServerName;
                }

                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
            });
        }
    }
}
