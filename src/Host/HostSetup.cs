using System.Text.Json.Serialization;
using EqualityMark.Host.AuditLog;
using EqualityMark.Host.Caching;
using EqualityMark.Host.Capacity;
using EqualityMark.Host.Database;
using EqualityMark.Host.Demo;
using EqualityMark.Host.Developers;
using EqualityMark.Host.Email;
using EqualityMark.Host.Errors;
using EqualityMark.Host.Health;
using EqualityMark.Host.Jobs;
using EqualityMark.Host.Jobs.Dashboard;
using EqualityMark.Host.KeyRing;
using EqualityMark.Host.Logging;
using EqualityMark.Host.Modules;
using EqualityMark.Host.Observability;
using EqualityMark.Host.Platform;
using EqualityMark.Host.Security;
using EqualityMark.Host.Security.RateLimiting;
using EqualityMark.Host.Tenancy;
using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Npgsql;

namespace EqualityMark.Host;

/// <summary>The composition root: everything the host registers and the order of its middleware.</summary>
internal static class HostSetup
{
    public static void AddEqualityMark(this WebApplicationBuilder builder, HostMode mode)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var connectionString = mode == HostMode.Migrate
            ? Require(configuration, "ConnectionStrings:Owner")
            : Require(configuration, "ConnectionStrings:App");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => AppDataSource.Create(connectionString));
        services.AddTenancy();
        services.AddScoped<ICurrentUser>(provider =>
            provider.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http ? new HttpCurrentUser(http.User) : SystemCurrentUser.Instance);
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.SchemaName);
        foreach (var module in ModuleRegistry.Modules)
        {
            module.AddServices(services, configuration);
        }

        services.AddModuleMediator(ModuleRegistry.Assemblies);
        services.AddSingleton(new TenantHostNames(configuration["Tenancy:BaseDomain"] ?? "localhost"));
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<ITenantLinks, TenantLinks>();
        services.AddHttpContextAccessor();
        services.AddSingleton<Layout.PagePolicies>();
        services.AddScoped<IPageAccess, Layout.PageAccess>();
        services.Configure<SmtpOptions>(configuration.GetSection("Email:Smtp"));
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<Pages.Home.HomeItemsReader>();
        services.AddScoped<IPlatformMail, PlatformMail>();
        services.AddScoped<IAuditLogWriter, AuditLogWriter>();
        services.AddTenantJob<PurgeAuditLogCommand>(
            "audit-log-retention", "Removes audit log entries older than the authority's retention period (six years unless changed)", "40 2 * * *");
        // Every mode: a command run by a job or the sweep still evicts public pages, even with nothing cached.
        services.AddOutputCache(options =>
        {
            // Any query string makes its own entry, so made-up ones could fill memory: bounded, least used go first.
            options.SizeLimit = PublicPageCache.SizeLimitBytes;
            options.AddPolicy(PublicPageCache.PolicyName, new PublicPageCachePolicy());
        });
        services.AddTransient<DatabaseMigrator>();
        services.AddTransient<DemoDataRunner>();
        if (mode == HostMode.Migrate)
        {
            return;
        }

        services.AddSingleton<EmailDispatcher>();
        if (configuration.GetSection("Email:Smtp").Get<SmtpOptions>() is { IsConfigured: true })
        {
            services.AddHostedService(provider => provider.GetRequiredService<EmailDispatcher>());
        }

        var platformConnectionString = Require(configuration, "ConnectionStrings:Platform");
        services.AddKeyedSingleton(PlatformDatabase.ServiceKey, (_, _) => NpgsqlDataSource.Create(platformConnectionString));
        var insightConnectionString = Require(configuration, "ConnectionStrings:Insight");
        services.AddKeyedSingleton(InsightDatabase.ServiceKey, (_, _) => NpgsqlDataSource.Create(insightConnectionString));
        services.AddEqualityMarkDataProtection(configuration, platformConnectionString);
        services.AddEqualityMarkAuthentication(configuration);
        builder.AddEqualityMarkTransportSecurity();
        services.AddEqualityMarkRateLimits(configuration);
        services.AddEqualityMarkCapacity(configuration);
        services.AddRazorPages(options => options.RootDirectory = "/");
        services.AddAntiforgery(options =>
        {
            var secure = TransportSecurity.ServedOverHttps(configuration);
            options.Cookie.Name = AuthenticationSetup.CookieName("EqualityMark.Antiforgery", secure);
            options.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            NullableJsonReading.RespectWhenReading(options.SerializerOptions);
        });
        services.AddOpenApi();
        services.AddEqualityMarkTelemetry(configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        services.AddEqualityMarkJobs(configuration, connectionString);
    }

    public static void UseEqualityMark(this WebApplication app)
    {
        app.UseEqualityMarkTransportSecurity();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/exception",
            StatusCodeSelector = ProblemExceptionHandler.StatusFor,
        });
        app.UseEqualityMarkStatusCodePages();
        app.UseStaticFiles();
        // After the error pages (a refusal gets one) and the static files (never queued), before anything that costs.
        app.UseEqualityMarkRequestQueue();

        // Explicit, after the error pages, so a re-executed error page is routed afresh.
        app.UseRouting();
        app.UseRateLimiter();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<RequestLogScopeMiddleware>();
        app.UseEqualityMarkRequestLogging();
        app.UseAuthorization();
        // After authentication and the tenant: only anonymous requests to a known authority are served from the cache.
        app.UseOutputCache();
        app.UseAntiforgery();
        app.UseMiddleware<ApiWriteOriginMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApiReference();
        app.MapOperatorMetrics();
        app.MapRazorPages();
        app.MapOperatorJobsDashboard();
        var api = app.MapGroup("/api/v1");
        HostEndpoints.Map(api);
        foreach (var module in ModuleRegistry.Modules)
        {
            module.MapEndpoints(api);
        }
    }

    private static string Require(ConfigurationManager configuration, string key) =>
        configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Configuration '{key}' is missing (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).");
}
