using EqualityMark.Host.Platform;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.Jobs.Runs;

internal sealed class ListJobRunsHandler(PlatformDbContext db, ICurrentUser currentUser) : IRequestHandler<ListJobRunsQuery, IReadOnlyList<JobRunDto>>
{
    public async Task<IReadOnlyList<JobRunDto>> Handle(ListJobRunsQuery request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can see job runs.");
        }

        return await db.JobRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Take(Math.Clamp(request.Take, 1, 500))
            .Select(r => new JobRunDto(r.Id, r.JobName, r.Node, r.StartedAt, r.FinishedAt, r.Outcome.ToString(), r.Error, r.Attempts))
            .ToListAsync(cancellationToken);
    }
}
