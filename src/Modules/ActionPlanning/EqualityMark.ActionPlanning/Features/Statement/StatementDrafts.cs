using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>Reads a school's draft statement with everything its pages need: school, strands, objectives, threshold.</summary>
internal sealed class StatementDrafts(ActionPlanningDbContext db, PlanAccess access, IMediator mediator)
{
    /// <summary>The school the request is about: the one named, else the user's own. Another school's is "not found" to school users.</summary>
    public Guid SchoolOf(Guid? requested)
    {
        var schoolId = requested ?? access.OwnSchoolId;
        access.EnsureCanSeeSchool(schoolId);
        return schoolId;
    }

    public Task<EqualityStatement?> FindAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Statements.AsNoTracking().Include(s => s.Figures).SingleOrDefaultAsync(s => s.SchoolId == schoolId, cancellationToken);

    public async Task<IReadOnlyList<NamedKeyDto>> StrandsAsync(CancellationToken cancellationToken) =>
        (await mediator.Send(new GetBadgesQuery(), cancellationToken)).Select(b => new NamedKeyDto(b.Key, b.Name)).ToList();

    public async Task<StatementDraftDto> DtoAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var statement = await FindAsync(schoolId, cancellationToken);
        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var strands = await StrandsAsync(cancellationToken);
        var objectives = await db.Objectives.AsNoTracking().Where(o => o.SchoolId == schoolId)
            .OrderByDescending(o => o.AcademicYear).ThenBy(o => o.Title)
            .Select(o => new ObjectiveChoiceDto(o.Id, o.Title, o.AcademicYear, o.IsPublishedObjective)).ToListAsync(cancellationToken);
        var latest = await db.PublishedStatements.AsNoTracking().Where(p => p.SchoolId == schoolId)
            .OrderByDescending(p => p.Version).Select(p => new { p.Version, p.PublishedAt }).FirstOrDefaultAsync(cancellationToken);
        var threshold = await mediator.Send(new GetSuppressionThresholdQuery(), cancellationToken);
        var figures = (statement?.Figures ?? []).OrderBy(f => f.SortOrder)
            .Select(f => new StatementFigureDto(f.StrandKey, StrandName(strands, f.StrandKey), f.GroupLabel, f.Count, f.OutOf)).ToList();
        return new StatementDraftDto(
            schoolId, school.Name, school.Urn,
            statement?.InformationNarrative ?? string.Empty, statement?.ObjectivesNarrative ?? string.Empty, figures,
            statement?.ApprovedBy, statement?.ApprovedOn, statement?.ObjectivesReviewOn, statement?.InformationReviewOn,
            statement?.UpdatedAt, statement?.UpdatedBy, statement?.RowVersion ?? 0,
            objectives, strands, threshold, access.IsCoordinatorOf(schoolId), latest?.Version, latest?.PublishedAt);
    }

    public static string StrandName(IReadOnlyList<NamedKeyDto> strands, string key) =>
        strands.FirstOrDefault(s => s.Key == key)?.Name ?? key;
}
