using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using MediatR;

namespace EqualityMark.Shared.PublicPages;

/// <summary>
/// Outside the unit of work: after the outermost request of a scope returns (its transaction committed), publishes
/// <see cref="PublicPagesChanged"/> if it, or a command nested in it, changes the public pages. Publishing before the
/// commit would let a concurrent reader cache the old page again for the cache's lifetime.
/// </summary>
public sealed class PublicPagesChangedBehaviour<TRequest, TResponse>(DbSession session, PublicPageChanges changes, ITenantContext tenant, IMediator mediator)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var outermost = session.Transaction is null;
        var response = await next();
        if (request is IChangesPublicPages)
        {
            changes.Changed = true;
        }

        if (outermost && changes.Changed && tenant.TenantId is { } tenantId)
        {
            changes.Changed = false;
            await mediator.Publish(new PublicPagesChanged(tenantId), CancellationToken.None);
        }

        return response;
    }
}
