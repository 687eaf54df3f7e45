using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Organisations.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Shared;

/// <summary>Finds or starts a school's plan, and marks it updated whenever anything in it changes.</summary>
internal sealed class PlanStore(ActionPlanningDbContext db, IMediator mediator, PlanAccess access, TimeProvider clock)
{
    public Task<ActionPlan?> FindAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Plans.SingleOrDefaultAsync(p => p.SchoolId == schoolId, cancellationToken);

    public async Task<ActionPlan> GetOrStartAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(schoolId, cancellationToken);
        if (plan is not null)
        {
            return plan;
        }

        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        plan = new ActionPlan { SchoolId = schoolId, SchoolName = school.Name, CreatedAt = clock.GetUtcNow(), LastUpdatedAt = clock.GetUtcNow(), LastUpdatedBy = access.UserName };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public Task TouchAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var (now, by) = (clock.GetUtcNow(), access.UserName);
        return db.Plans.Where(p => p.SchoolId == schoolId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.LastUpdatedAt, now).SetProperty(x => x.LastUpdatedBy, by), cancellationToken);
    }
}
