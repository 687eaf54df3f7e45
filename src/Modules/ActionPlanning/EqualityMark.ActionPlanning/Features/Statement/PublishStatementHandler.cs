using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// Freezes the draft, the published objectives and their actions into a new numbered publication. Refused with
/// field messages until the statement says everything the duty asks for.
/// </summary>
internal sealed class PublishStatementHandler(
    ActionPlanningDbContext db, PlanAccess access, StatementDrafts drafts, IMediator mediator, TimeProvider clock) :
    IRequestHandler<PublishStatementCommand, PublicStatementDto>
{
    public async Task<PublicStatementDto> Handle(PublishStatementCommand request, CancellationToken cancellationToken)
    {
        var schoolId = drafts.SchoolOf(request.SchoolId);
        access.EnsureCoordinatorOf(schoolId);
        var statement = await drafts.FindAsync(schoolId, cancellationToken);
        var objectives = await db.Objectives.AsNoTracking().Where(o => o.SchoolId == schoolId && o.IsPublishedObjective)
            .OrderBy(o => o.AcademicYear).ThenBy(o => o.Title).ToListAsync(cancellationToken);
        EnsureComplete(statement, objectives.Count);

        var objectiveIds = objectives.Select(o => o.Id).ToList();
        var actions = (await db.Actions.AsNoTracking().Where(a => objectiveIds.Contains(a.ObjectiveId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Description).ToListAsync(cancellationToken)).ToLookup(a => a.ObjectiveId);
        var strands = await drafts.StrandsAsync(cancellationToken);
        var content = new StatementContent(
            statement!.InformationNarrative,
            statement.ObjectivesNarrative,
            statement.Figures.OrderBy(f => f.SortOrder)
                .Select(f => new StatementFigureDto(f.StrandKey, StatementDrafts.StrandName(strands, f.StrandKey), f.GroupLabel, f.Count, f.OutOf)).ToList(),
            objectives.Select(o => new PublishedObjectiveDto(o.Title, o.SuccessCriteria, o.ReviewOn,
                actions[o.Id].Select(a => new PublishedActionDto(a.Description, StatusLabels.For(a.Status), a.DueOn)).ToList())).ToList());

        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var version = await db.PublishedStatements.Where(p => p.SchoolId == schoolId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        var publication = new PublishedStatement
        {
            SchoolId = schoolId,
            SchoolUrn = school.Urn,
            SchoolName = school.Name,
            Version = version + 1,
            PublishedAt = clock.GetUtcNow(),
            PublishedBy = access.UserName,
            ApprovedBy = statement.ApprovedBy!,
            ApprovedOn = statement.ApprovedOn!.Value,
            ObjectivesReviewOn = statement.ObjectivesReviewOn!.Value,
            InformationReviewOn = statement.InformationReviewOn!.Value,
            ContentJson = content.ToJson(),
        };
        db.PublishedStatements.Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPublicStatementQuery(school.Urn), cancellationToken);
    }

    private static void EnsureComplete(EqualityStatement? statement, int publishedObjectives)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        if (string.IsNullOrWhiteSpace(statement?.InformationNarrative))
        {
            Add("InformationNarrative", "Write the equality information before publishing");
        }

        if (publishedObjectives == 0)
        {
            Add("PublishedObjectiveIds", "Choose at least one published equality objective before publishing");
        }

        if (string.IsNullOrWhiteSpace(statement?.ApprovedBy))
        {
            Add("ApprovedBy", "Enter who approved the statement, for example Full governing body");
        }

        if (statement?.ApprovedOn is null)
        {
            Add("ApprovedOn", "Enter the date the statement was approved");
        }

        if (statement?.ObjectivesReviewOn is null)
        {
            Add("ObjectivesReviewOn", "Enter the date of the next review of the objectives");
        }

        if (statement?.InformationReviewOn is null)
        {
            Add("InformationReviewOn", "Enter the date the equality information will next be updated");
        }

        foreach (var (field, message) in ReviewDateRules.Check(statement?.ApprovedOn, statement?.ObjectivesReviewOn, statement?.InformationReviewOn))
        {
            Add(field, message);
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
