using EqualityMark.Shared.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Shared.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(provider => provider.GetRequiredService<TenantContext>());
        services.AddSingleton<TenantScopeFactory>();
        services.AddScoped<DbSession>();
        return services;
    }
}
