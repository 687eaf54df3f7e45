using System.Text.Json;
using EqualityMark.Host.Modules;
using EqualityMark.Shared.Tenancy;
using Hangfire;
using MediatR;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Runs a queued request for one authority: a scope fixed to it sends the request as the system. Only request types
/// of the registered modules are run, so a tampered job cannot name an arbitrary type.
/// </summary>
internal sealed class BackgroundCommandRun(TenantScopeFactory scopes, ILogger<BackgroundCommandRun> logger)
{
    [JobDisplayName("{1} for authority {0}")]
    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(Guid tenantId, string commandType, string json, CancellationToken cancellationToken)
    {
        var type = ModuleRegistry.Modules.Select(m => m.GetType().Assembly.GetType(commandType)).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"'{commandType}' is not a request of a registered module.");
        if (!typeof(IRequest<Unit>).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"'{commandType}' is not a background request.");
        }

        var tenant = (await ActiveAuthorities.ListAsync(scopes, cancellationToken)).FirstOrDefault(t => t.Id == tenantId);
        if (tenant is null)
        {
            logger.LogInformation("Background request {Command} skipped for {TenantId}: the authority is not active", commandType, tenantId);
            return;
        }

        var command = (IRequest<Unit>)(JsonSerializer.Deserialize(json, type) ?? throw new InvalidOperationException("The queued request is empty."));
        await using var scope = scopes.CreateScope(tenant);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}
