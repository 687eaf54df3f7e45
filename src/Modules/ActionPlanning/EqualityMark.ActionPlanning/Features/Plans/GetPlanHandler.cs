using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Plans;

/// <summary>
/// One year of a school's plan in a handful of queries: objectives with their cells, all their actions, impact
/// counts, the grid's red and amber cells as candidate priorities, and the team's comments. Members see only
/// the objectives where they own an action, and only their own actions.
/// </summary>
internal sealed class GetPlanHandler(ActionPlanningDbContext db, PlanAccess access, SchoolGridReader grids, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetPlanQuery, PlanDto>
{
    public async Task<PlanDto> Handle(GetPlanQuery request, CancellationToken cancellationToken)
    {
        var schoolId = access.User.IsSchoolUser ? access.OwnSchoolId : request.SchoolId ?? throw new NotFoundException("Choose a school.");
        access.EnsureCanSeeSchool(schoolId);
        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var today = UkTime.Today(clock);
        var year = request.AcademicYear ?? AcademicYear.For(today);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SchoolId == schoolId, cancellationToken);
        var years = await db.Objectives.Where(o => o.SchoolId == schoolId).Select(o => o.AcademicYear).Distinct().ToListAsync(cancellationToken);
        var objectives = await db.Objectives.AsNoTracking().Include(o => o.Cells)
            .Where(o => o.SchoolId == schoolId && o.AcademicYear == year).OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        var ids = objectives.Select(o => o.Id).ToList();
        var actions = await db.Actions.AsNoTracking().Where(a => ids.Contains(a.ObjectiveId)).ToListAsync(cancellationToken);
        var impacts = await db.Impacts.Where(i => ids.Contains(i.ObjectiveId)).GroupBy(i => i.ObjectiveId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var grid = await grids.ForSchoolAsync(schoolId, cancellationToken);

        if (access.IsMember)
        {
            actions = actions.Where(a => a.OwnerUserId == access.User.UserId).ToList();
            objectives = objectives.Where(o => actions.Any(a => a.ObjectiveId == o.Id)).ToList();
        }

        var titles = objectives.ToDictionary(o => o.Id, o => o.Title);
        var rows = actions.Where(a => titles.ContainsKey(a.ObjectiveId)).Select(a => PlanMapping.ToRow(a, titles[a.ObjectiveId], today)).ToList();
        var summaries = objectives.Select(o => PlanMapping.ToSummary(o, grid, rows.Where(r => r.ObjectiveId == o.Id), impacts.GetValueOrDefault(o.Id))).ToList();
        var isCoordinator = access.IsCoordinatorOf(schoolId);
        return new PlanDto(
            schoolId, school.Name, year, years.Append(AcademicYear.For(today)).Append(year).Distinct().Order().ToList(),
            plan?.Focus ?? PlanFocus.ByStrand, grid.Exists, grid.Elements, grid.Strands,
            access.IsMember ? [] : Candidates(grid, objectives),
            summaries,
            access.IsMember ? rows : [],
            plan is null || access.IsMember ? [] : await CommentsAsync(plan.Id, cancellationToken),
            isCoordinator ? await OpenActionsAsync(schoolId, year - 1, cancellationToken) : 0,
            plan?.LastUpdatedAt, plan?.LastUpdatedBy,
            isCoordinator, access.User.IsAuthorityStaff && plan is not null);
    }

    private static List<CandidateCellDto> Candidates(SchoolGrid grid, List<Objective> objectives) =>
        grid.Cells.Where(c => c.Rating is Rating.Red or Rating.Amber)
            .Select(c => new CandidateCellDto(
                c.ElementKey, grid.ElementName(c.ElementKey), c.StrandKey, grid.StrandName(c.StrandKey), c.Rating,
                objectives.Any(o => o.Cells.Any(x => x.ElementKey == c.ElementKey && x.StrandKey == c.StrandKey))))
            .OrderBy(c => c.Rating).ThenBy(c => c.StrandName).ThenBy(c => c.ElementName)
            .ToList();

    private async Task<List<CommentDto>> CommentsAsync(Guid planId, CancellationToken cancellationToken) =>
        (await db.Comments.AsNoTracking().Where(c => c.PlanId == planId).OrderByDescending(c => c.WrittenAt).Take(50).ToListAsync(cancellationToken))
        .Select(PlanMapping.ToDto).ToList();

    private Task<int> OpenActionsAsync(Guid schoolId, int year, CancellationToken cancellationToken) =>
        db.Actions.CountAsync(a => a.SchoolId == schoolId
            && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress)
            && db.Objectives.Any(o => o.Id == a.ObjectiveId && o.AcademicYear == year), cancellationToken);
}
