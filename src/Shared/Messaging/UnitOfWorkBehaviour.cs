using EqualityMark.Shared.Data;
using MediatR;

namespace EqualityMark.Shared.Messaging;

/// <summary>
/// Wraps a command in one transaction on the scope's connection (with the tenant already set for RLS);
/// commits when the handler returns, rolls back when it throws. Nested commands join the outer one.
/// A query runs on the scope's connection opened once, so its handler's queries share one open (fewer round trips).
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(DbSession session) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IUnitOfWorkCommand || session.Transaction is not null)
        {
            await session.OpenAsync(cancellationToken);
            return await next();
        }

        await session.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next();
            await session.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await session.RollbackAsync();
            throw;
        }
    }
}
