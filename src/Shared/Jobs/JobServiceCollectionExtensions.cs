using EqualityMark.Shared.Messaging;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Shared.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>Schedules <typeparamref name="TCommand"/> to run for every active local authority.</summary>
    public static IServiceCollection AddTenantJob<TCommand>(this IServiceCollection services, string name, string description, string cronExpression)
        where TCommand : ICommand<Unit>, new()
    {
        services.AddSingleton(new TenantJobDefinition(name, description, cronExpression, typeof(TCommand)));
        return services;
    }

    /// <summary>Schedules <typeparamref name="TJob"/> to run once for the whole platform (not per authority).</summary>
    public static IServiceCollection AddPlatformJob<TJob>(this IServiceCollection services, string name, string description, string cronExpression)
        where TJob : class, IPlatformJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new PlatformJobDefinition(name, description, cronExpression, typeof(TJob)));
        return services;
    }
}
