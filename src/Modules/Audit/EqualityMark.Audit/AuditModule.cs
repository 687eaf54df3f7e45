using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Demo;
using EqualityMark.Audit.Features;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Audit;

/// <summary>Reference groups, the versioned audit framework, annual audits and the summary grid.</summary>
public sealed class AuditModule : IModule
{
    public string Name => "Audit";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.SchemaName);
        services.AddScoped<AuditAccess>();
        services.AddScoped<EqualityMark.Shared.Home.IHomeItemSource, Features.Home.AuditHomeItems>();
        services.AddScoped<AuditSummaries>();
        services.AddScoped<Features.Audits.Checking.AuditChecker>();
        services.AddScoped<AuditEmails>();
        services.AddMemoryCache();
        services.AddScoped<GridCalculator>();
        services.AddScoped<SentGridRatings>();
        services.AddTransient<IDemoDataSeeder, AuditDemoSeeder>();
        services.AddTenantJob<RunAuditRemindersCommand>(
            "audit-reminders", "Reminds schools that the annual audit is due, and before a visit that parts are unfinished or the audit is not sent", "30 6 * * *");
        services.AddTenantJob<Features.Benchmarks.ComputeBenchmarkCountsCommand>(
            "benchmark-counts", "Counts the authority's sent audits per phase and summary-grid cell for this year and last, for the benchmarks", "0 1 * * *");
        services.AddPlatformJob<Features.Benchmarks.NationalBenchmarksJob>(
            Features.Benchmarks.NationalBenchmarksJob.Name, "Works out the protected figures across all authorities that share their benchmark counts", "30 3 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => AuditEndpoints.Map(api);
}
