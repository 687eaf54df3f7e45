using System.Text.Json;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Tenancy;
using Hangfire;
using MediatR;

namespace EqualityMark.Host.Jobs;

/// <summary>Queues a module's request as a Hangfire job for the current authority (see <see cref="BackgroundCommandRun"/>).</summary>
internal sealed class BackgroundCommandQueue(IBackgroundJobClient client, ITenantContext tenant) : IBackgroundCommands
{
    public string Enqueue<TCommand>(TCommand command)
        where TCommand : IRequest<Unit>
    {
        var type = typeof(TCommand).FullName ?? throw new InvalidOperationException("A background command needs a named type.");
        var json = JsonSerializer.Serialize(command);
        return client.Enqueue<BackgroundCommandRun>(run => run.RunAsync(tenant.RequiredTenantId, type, json, CancellationToken.None));
    }
}
