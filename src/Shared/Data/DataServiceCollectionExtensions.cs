using EqualityMark.Shared.AuditLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EqualityMark.Shared.Data;

public static class DataServiceCollectionExtensions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>
    /// Registers a module's DbContext on the scope's shared connection, with tenant isolation. Its options, interceptors
    /// included, are made once (singleton); each context joins its scope (<see cref="DbContextScope"/>) as it is made.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext, IScopeJoinedDbContext
    {
        services.TryAddScoped<AuditLogChanges>();
        services.TryAddScoped<DbContextScope>();
        services.TryAddSingleton<AuditLogChangeInterceptor>();
        services.TryAddSingleton<ColumnTextInterceptor>();
        services.TryAddSingleton<TenantConnectionInterceptor>();
        services.TryAddSingleton<TenantSaveChangesInterceptor>();
        services.AddDbContext<TContext>(
            (provider, options) =>
            {
                options.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
                options.AddInterceptors(
                    provider.GetRequiredService<ColumnTextInterceptor>(),
                    provider.GetRequiredService<TenantConnectionInterceptor>(),
                    provider.GetRequiredService<TenantSaveChangesInterceptor>(),
                    provider.GetRequiredService<AuditLogChangeInterceptor>());
            },
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);

        var create = ActivatorUtilities.CreateFactory<TContext>(Type.EmptyTypes);
        services.Replace(ServiceDescriptor.Scoped(provider =>
        {
            var context = create(provider, null);
            provider.GetRequiredService<DbContextScope>().Join(context);
            return context;
        }));
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
