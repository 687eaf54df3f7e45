using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;

namespace EqualityMark.Host.Jobs.Runs;

/// <summary>The authority comes from the request's tenant, never from the caller, so no other authority's run can be started.</summary>
internal sealed class RunJobNowHandler(TenantJobCatalog catalog, TenantJobQueue queue, ITenantContext tenant, ICurrentUser currentUser)
    : IRequestHandler<RunJobNowCommand, string>
{
    public Task<string> Handle(RunJobNowCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin || currentUser.IsSystem)
        {
            throw new ForbiddenException("Only the authority's administrators can start a job.");
        }

        var tenantId = tenant.TenantId ?? throw new ForbiddenException("A job can be started only on an authority's site.");
        var job = catalog.Find(request.JobName) ?? throw new NotFoundException($"There is no job named '{request.JobName}'.");
        return Task.FromResult(queue.Enqueue(job.Name, tenantId, "manual-" + Guid.CreateVersion7()));
    }
}
