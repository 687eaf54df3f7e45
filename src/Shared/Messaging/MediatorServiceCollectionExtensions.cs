using System.Reflection;
using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.PublicPages;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Shared.Messaging;

/// <summary>
/// Wires MediatR 5.1.0 (the only version obtainable here) into Microsoft DI by hand: handlers and
/// validators are found by scanning the module assemblies; behaviours run in the order registered.
/// </summary>
public static class MediatorServiceCollectionExtensions
{
    private static readonly Type[] HandlerInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>)];

    public static IServiceCollection AddModuleMediator(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        foreach (var assembly in assemblies.Distinct())
        {
            RegisterHandlers(services, assembly);
            foreach (var result in AssemblyScanner.FindValidatorsInAssembly(assembly, includeInternalTypes: true))
            {
                services.AddTransient(result.InterfaceType, result.ValidatorType);
            }
        }

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(InputRuleBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        // Outside the unit of work: the public pages are evicted after the commit, not before it.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(PublicPagesChangedBehaviour<,>));
        services.AddScoped<PublicPageChanges>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        // Inside the unit of work: the entry is written in the command's transaction.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditLogBehaviour<,>));
        services.AddScoped<AuditLogDepth>();
        services.AddScoped<AuditLogJob>();
        return services;
    }

    private static void RegisterHandlers(IServiceCollection services, Assembly assembly)
    {
        var concreteTypes = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false });
        foreach (var type in concreteTypes)
        {
            foreach (var handlerInterface in type.GetInterfaces().Where(IsHandlerInterface))
            {
                services.AddTransient(handlerInterface, type);
            }
        }
    }

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && HandlerInterfaces.Contains(type.GetGenericTypeDefinition());
}
