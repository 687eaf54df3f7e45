using System.Reflection;
using EqualityMark.Host.Modules;
using EqualityMark.Shared.Modules;
using MediatR;

namespace EqualityMark.ArchitectureTests;

/// <summary>Each module shows one public registration class; its handlers and data stay internal.</summary>
public sealed class ModuleRegistrationTests
{
    [Fact]
    public void Each_module_assembly_exposes_exactly_one_module_class()
    {
        foreach (var module in ModuleRegistry.Modules)
        {
            var publicModules = module.GetType().Assembly.GetExportedTypes().Where(t => typeof(IModule).IsAssignableFrom(t)).ToList();
            Assert.Single(publicModules);
        }
    }

    [Fact]
    public void Handlers_are_internal()
    {
        var handlers = ModuleRegistry.Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            .ToList();
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.False(h.IsPublic, $"{h.FullName} should be internal"));
    }

    [Fact]
    public void Every_request_in_the_module_list_has_exactly_one_handler()
    {
        var types = ModuleRegistry.Assemblies.SelectMany(a => a.GetTypes()).ToList();
        var contracts = ModuleRegistry.Modules.Select(m => Assembly.Load(m.GetType().Assembly.GetName().Name + ".Contracts"));
        var requests = types.Concat(contracts.SelectMany(a => a.GetTypes()))
            .Where(t => !t.IsAbstract && !t.IsInterface && t.GetInterfaces().Any(IsRequest))
            .ToList();
        Assert.NotEmpty(requests);
        foreach (var request in requests)
        {
            var response = request.GetInterfaces().First(IsRequest).GetGenericArguments()[0];
            var handlerInterface = typeof(IRequestHandler<,>).MakeGenericType(request, response);
            var handlers = types.Count(t => !t.IsAbstract && handlerInterface.IsAssignableFrom(t));
            Assert.True(handlers == 1, $"{request.Name} has {handlers} handlers");
        }
    }

    private static bool IsRequest(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IRequest<>);
}
