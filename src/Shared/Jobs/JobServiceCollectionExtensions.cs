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
}
