using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// Reads and saves the draft statement. A save that did not start from the current version (PostgreSQL's xmin)
/// is refused with 409 and the other person's version; the figures and the objectives' choice go in the same transaction.
/// </summary>
internal sealed class StatementDraftHandler(ActionPlanningDbContext db, PlanAccess access, StatementDrafts drafts, TimeProvider clock) :
    IRequestHandler<GetStatementDraftQuery, StatementDraftDto>,
    IRequestHandler<SaveStatementDraftCommand, StatementDraftDto>,
    IRequestHandler<SelectPublishedObjectivesCommand, StatementDraftDto>
{
    private static readonly string[] UnknownStrand = ["Choose a strand from the list"];

    public Task<StatementDraftDto> Handle(GetStatementDraftQuery request, CancellationToken cancellationToken) =>
        drafts.DtoAsync(drafts.SchoolOf(request.SchoolId), cancellationToken);

    public async Task<StatementDraftDto> Handle(SaveStatementDraftCommand request, CancellationToken cancellationToken)
    {
        var schoolId = drafts.SchoolOf(request.SchoolId);
        access.EnsureCoordinatorOf(schoolId);
        await EnsureKnownStrandsAsync(request.Figures ?? [], cancellationToken);
        var statement = await db.Statements.Include(s => s.Figures).SingleOrDefaultAsync(s => s.SchoolId == schoolId, cancellationToken);
        if (statement is null)
        {
            statement = new EqualityStatement { SchoolId = schoolId };
            db.Statements.Add(statement);
        }
        else
        {
            db.Entry(statement).Property(s => s.RowVersion).OriginalValue = request.ExpectedVersion;
            db.StatementFigures.RemoveRange(statement.Figures);
            statement.Figures.Clear();
        }

        statement.InformationNarrative = request.InformationNarrative?.Trim() ?? string.Empty;
        statement.ObjectivesNarrative = request.ObjectivesNarrative?.Trim() ?? string.Empty;
        statement.ApprovedBy = string.IsNullOrWhiteSpace(request.ApprovedBy) ? null : request.ApprovedBy.Trim();
        statement.ApprovedOn = request.ApprovedOn;
        statement.ObjectivesReviewOn = request.ObjectivesReviewOn;
        statement.InformationReviewOn = request.InformationReviewOn;
        statement.UpdatedAt = clock.GetUtcNow();
        statement.UpdatedBy = access.UserName;
        // Added explicitly: found only through the navigation, rows with their ids already set would be taken for existing ones.
        var figures = (request.Figures ?? []).Select((f, i) => new StatementFigure
        {
            StatementId = statement.Id,
            StrandKey = f.StrandKey!,
            GroupLabel = f.GroupLabel!.Trim(),
            Count = f.Count!.Value,
            OutOf = f.OutOf,
            SortOrder = i,
        }).ToList();
        db.StatementFigures.AddRange(figures);
        statement.Figures.AddRange(figures);
        if (request.PublishedObjectiveIds is { } chosen)
        {
            await SelectAsync(schoolId, chosen, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await drafts.DtoAsync(schoolId, cancellationToken);
            throw new ConflictException(
                $"{current.UpdatedBy ?? "Someone"} saved the statement after you opened it. Their version is shown; your changes were not saved.", current);
        }

        return await drafts.DtoAsync(schoolId, cancellationToken);
    }

    public async Task<StatementDraftDto> Handle(SelectPublishedObjectivesCommand request, CancellationToken cancellationToken)
    {
        var schoolId = drafts.SchoolOf(request.SchoolId);
        access.EnsureCoordinatorOf(schoolId);
        await SelectAsync(schoolId, request.ObjectiveIds ?? [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await drafts.DtoAsync(schoolId, cancellationToken);
    }

    private async Task SelectAsync(Guid schoolId, IReadOnlyList<Guid> chosen, CancellationToken cancellationToken)
    {
        var objectives = await db.Objectives.Where(o => o.SchoolId == schoolId).ToListAsync(cancellationToken);
        if (chosen.Any(id => objectives.All(o => o.Id != id)))
        {
            throw RequestValidationException.For("PublishedObjectiveIds", "Choose objectives from this school's action plan");
        }

        var now = clock.GetUtcNow();
        foreach (var objective in objectives.Where(o => o.IsPublishedObjective != chosen.Contains(o.Id)))
        {
            objective.IsPublishedObjective = !objective.IsPublishedObjective;
            objective.UpdatedAt = now;
            objective.UpdatedBy = access.UserName;
        }
    }

    private async Task EnsureKnownStrandsAsync(IReadOnlyList<FigureInput> figures, CancellationToken cancellationToken)
    {
        var strands = await drafts.StrandsAsync(cancellationToken);
        var errors = figures.Select((f, i) => (f, i)).Where(x => strands.All(s => s.Key != x.f.StrandKey))
            .ToDictionary(x => $"Figures[{x.i}].StrandKey", _ => UnknownStrand);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
