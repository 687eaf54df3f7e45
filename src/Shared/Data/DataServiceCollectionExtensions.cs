using EqualityMark.Shared.AuditLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EqualityMark.Shared.Data;

public static class DataServiceCollectionExtensions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Registers a module's DbContext on the scope's shared connection, with tenant isolation.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.TryAddScoped<AuditLogChanges>();
        services.TryAddScoped<AuditLogChangeInterceptor>();
        services.TryAddSingleton<ColumnTextInterceptor>();
        services.AddDbContext<TContext>((provider, options) =>
        {
            var session = provider.GetRequiredService<DbSession>();
            options.UseNpgsql(session.Connection, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
            options.AddInterceptors(
                provider.GetRequiredService<ColumnTextInterceptor>(),
                provider.GetRequiredService<TenantConnectionInterceptor>(),
                provider.GetRequiredService<TenantSaveChangesInterceptor>(),
                provider.GetRequiredService<AuditLogChangeInterceptor>());
        });
        services.AddSingleton(new ModuleSchema(typeof(TContext), schema));
        return services;
    }

    /// <summary>Options for design-time tools (creating migrations) — never used to serve requests.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design_time", npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .Options;
}
