using EqualityMark.Shared.Messaging;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Shared.AuditLog;

/// <summary>
/// Records every command that succeeds as one audit log entry, written in the command's own transaction just before it
/// commits: a command that fails or rolls back leaves no entry. Commands sent by other commands belong to the outermost one.
/// The writer is resolved only when a command is written: it holds a DbContext, which a query (most requests) never needs.
/// </summary>
public sealed class AuditLogBehaviour<TRequest, TResponse>(AuditLogChanges changes, IServiceProvider services, AuditLogDepth depth)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IUnitOfWorkCommand)
        {
            return await next();
        }

        var outermost = depth.Enter();
        try
        {
            if (outermost)
            {
                changes.Clear();
            }

            var response = await next();
            if (outermost)
            {
                await services.GetRequiredService<IAuditLogWriter>().WriteAsync(Describe(request), changes, cancellationToken);
            }

            return response;
        }
        finally
        {
            depth.Leave();
        }
    }

    private static AuditLogCommand Describe(TRequest request)
    {
        var details = AuditLogValues.DescribeProperties(request!);
        var kind = typeof(TRequest).Name;
        kind = kind.EndsWith("Command", StringComparison.Ordinal) ? kind[..^"Command".Length] : kind;
        return new AuditLogCommand(kind, FirstId(details, "Id") ?? details.Where(d => d.Key.EndsWith("Id", StringComparison.Ordinal) && d.Value is Guid).Select(d => (Guid?)d.Value).FirstOrDefault(),
            FirstId(details, "SchoolId"), details);
    }

    private static Guid? FirstId(Dictionary<string, object?> details, string name) =>
        details.TryGetValue(name, out var value) && value is Guid id ? id : null;
}

/// <summary>How deep the scope is in nested commands, so only the outermost writes an entry.</summary>
public sealed class AuditLogDepth
{
    private int _depth;

    public bool Enter() => ++_depth == 1;

    public void Leave() => _depth--;
}
