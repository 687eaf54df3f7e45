using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Objectives;

/// <summary>
/// The co-ordinator writes the plan's objectives. Cells must be cells of the school's own summary grid; a change
/// made on a stale version is refused with the current one (optimistic concurrency on xmin).
/// </summary>
internal sealed class ObjectiveCommandsHandler(
    ActionPlanningDbContext db, PlanAccess access, PlanStore plans, SchoolGridReader grids, ObjectiveReader reader, IMediator mediator, TimeProvider clock) :
    IRequestHandler<GetObjectiveQuery, ObjectiveDetailsDto>,
    IRequestHandler<CreateObjectiveCommand, ObjectiveDetailsDto>,
    IRequestHandler<UpdateObjectiveCommand, ObjectiveDetailsDto>,
    IRequestHandler<DeleteObjectiveCommand, Unit>,
    IRequestHandler<RecordImpactCommand, ImpactDto>
{
    public Task<ObjectiveDetailsDto> Handle(GetObjectiveQuery request, CancellationToken cancellationToken) =>
        reader.ReadAsync(request.ObjectiveId, cancellationToken);

    public async Task<ObjectiveDetailsDto> Handle(CreateObjectiveCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var cells = await CheckedCellsAsync(request.SchoolId, request.Cells!, cancellationToken);
        var plan = await plans.GetOrStartAsync(request.SchoolId, cancellationToken);
        var now = clock.GetUtcNow();
        var objective = new Objective
        {
            PlanId = plan.Id,
            SchoolId = request.SchoolId,
            AcademicYear = request.AcademicYear ?? AcademicYear.For(UkTime.Today(clock)),
            Title = request.Title.Trim(),
            SuccessCriteria = request.SuccessCriteria.Trim(),
            CreatedAt = now,
            CreatedBy = access.UserName,
        };
        Apply(objective, cells, request.SipReference, request.SipPriority, request.ReviewOn!.Value, request.IsPublishedObjective, now);
        db.Objectives.Add(objective);
        plan.Touch(access.UserName, now);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(objective, cancellationToken);
    }

    public async Task<ObjectiveDetailsDto> Handle(UpdateObjectiveCommand request, CancellationToken cancellationToken)
    {
        var objective = await access.ObjectiveAsync(request.ObjectiveId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(objective.SchoolId);
        var cells = await CheckedCellsAsync(objective.SchoolId, request.Cells!, cancellationToken);
        db.Entry(objective).Property(o => o.RowVersion).OriginalValue = request.ExpectedVersion;
        objective.Title = request.Title.Trim();
        objective.SuccessCriteria = request.SuccessCriteria.Trim();
        var now = clock.GetUtcNow();
        Apply(objective, cells, request.SipReference, request.SipPriority, request.ReviewOn!.Value, request.IsPublishedObjective, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await reader.ReadAsync(objective.Id, cancellationToken);
            throw new ConflictException(
                $"{current.UpdatedBy ?? "Someone"} changed this objective after you opened it. Their version is shown; your changes were not saved.", current);
        }

        await plans.TouchAsync(objective.SchoolId, cancellationToken);
        return await reader.ReadAsync(objective, cancellationToken);
    }

    public async Task<Unit> Handle(DeleteObjectiveCommand request, CancellationToken cancellationToken)
    {
        var objective = await access.ObjectiveAsync(request.ObjectiveId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(objective.SchoolId);
        var actionIds = await db.Actions.Where(a => a.ObjectiveId == objective.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var files = await mediator.Send(new ListEvidenceFilesQuery(ObjectiveReader.EvidenceOwnerType, [objective.Id]), cancellationToken);
        var actionFiles = await mediator.Send(new ListEvidenceFilesQuery(Actions.ActionReader.EvidenceOwnerType, actionIds), cancellationToken);
        foreach (var file in files.Concat(actionFiles))
        {
            await mediator.Send(new DeleteEvidenceFileCommand(file.Id), cancellationToken);
        }

        db.Objectives.Remove(objective);
        await db.SaveChangesAsync(cancellationToken);
        await plans.TouchAsync(objective.SchoolId, cancellationToken);
        return Unit.Value;
    }

    public async Task<ImpactDto> Handle(RecordImpactCommand request, CancellationToken cancellationToken)
    {
        var objective = await access.ObjectiveAsync(request.ObjectiveId, cancellationToken);
        access.EnsureCoordinatorOf(objective.SchoolId);
        if (!objective.Cells.Any(c => c.StrandKey == request.StrandKey))
        {
            throw RequestValidationException.For(nameof(RecordImpactCommand.StrandKey), "Choose one of the strands this objective addresses");
        }

        var impact = new ImpactRecord
        {
            ObjectiveId = objective.Id,
            WhatChanged = request.WhatChanged.Trim(),
            StrandKey = request.StrandKey,
            Group = request.Group.Trim(),
            Measure = Clean(request.Measure),
            Before = Clean(request.Before),
            After = Clean(request.After),
            RecordedBy = access.UserName,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Impacts.Add(impact);
        await db.SaveChangesAsync(cancellationToken);
        await plans.TouchAsync(objective.SchoolId, cancellationToken);
        var grid = await grids.ForSchoolAsync(objective.SchoolId, cancellationToken);
        return new ImpactDto(impact.Id, impact.WhatChanged, impact.StrandKey, grid.StrandName(impact.StrandKey), impact.Group, impact.Measure, impact.Before, impact.After, impact.RecordedBy, impact.RecordedAt);
    }

    private async Task<List<GridCellRefDto>> CheckedCellsAsync(Guid schoolId, IReadOnlyList<GridCellRefDto> cells, CancellationToken cancellationToken)
    {
        var grid = await grids.ForSchoolAsync(schoolId, cancellationToken);
        if (!grid.Exists)
        {
            throw new ConflictException("Your school has no summary grid yet. Complete the audit first: the plan starts from its red and amber cells.");
        }

        if (cells.Any(c => c is null || !grid.Contains(c)))
        {
            throw RequestValidationException.For(nameof(CreateObjectiveCommand.Cells), "Choose cells of your school's summary grid");
        }

        return cells.Distinct().ToList();
    }

    private void Apply(Objective objective, List<GridCellRefDto> cells, string? sipReference, string? sipPriority, DateOnly reviewOn, bool published, DateTimeOffset now)
    {
        objective.SipReference = Clean(sipReference);
        objective.SipPriority = Clean(sipPriority);
        objective.ReviewOn = reviewOn;
        objective.IsPublishedObjective = published;
        objective.UpdatedAt = now;
        objective.UpdatedBy = access.UserName;
        objective.Cells.RemoveAll(c => !cells.Contains(new GridCellRefDto(c.ElementKey, c.StrandKey)));
        foreach (var cell in cells.Where(c => !objective.Cells.Any(x => x.ElementKey == c.ElementKey && x.StrandKey == c.StrandKey)))
        {
            var added = new ObjectiveCell { ObjectiveId = objective.Id, ElementKey = cell.ElementKey, StrandKey = cell.StrandKey };
            if (db.Entry(objective).State == EntityState.Detached)
            {
                objective.Cells.Add(added);
            }
            else
            {
                // A new row with its id already set, reached only through a tracked parent's collection, would be
                // taken for an existing row and updated: add it through the DbSet (EF then puts it in the collection).
                db.ObjectiveCells.Add(added);
            }
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
