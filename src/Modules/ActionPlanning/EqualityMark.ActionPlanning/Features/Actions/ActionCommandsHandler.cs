using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Actions;

/// <summary>
/// Actions: the co-ordinator adds, changes and removes them and gives them to people of the school (who are told by
/// email); the owner and the co-ordinator record progress. Saves on a stale version are refused with the current one.
/// </summary>
internal sealed class ActionCommandsHandler(
    ActionPlanningDbContext db, PlanAccess access, PlanStore plans, ActionReader reader, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock) :
    IRequestHandler<GetActionQuery, ActionDetailsDto>,
    IRequestHandler<AddActionCommand, ActionDetailsDto>,
    IRequestHandler<UpdateActionCommand, ActionDetailsDto>,
    IRequestHandler<RecordProgressCommand, ActionDetailsDto>,
    IRequestHandler<DeleteActionCommand, Unit>
{
    public Task<ActionDetailsDto> Handle(GetActionQuery request, CancellationToken cancellationToken) => reader.ReadAsync(request.ActionId, cancellationToken);

    public async Task<ActionDetailsDto> Handle(AddActionCommand request, CancellationToken cancellationToken)
    {
        var objective = await access.ObjectiveAsync(request.ObjectiveId, cancellationToken);
        access.EnsureCoordinatorOf(objective.SchoolId);
        var owner = await OwnerAsync(objective.SchoolId, request.OwnerUserId!.Value, cancellationToken);
        var now = clock.GetUtcNow();
        var action = new PlanAction
        {
            ObjectiveId = objective.Id,
            SchoolId = objective.SchoolId,
            Description = request.Description.Trim(),
            OwnerUserId = owner.Id,
            OwnerName = owner.FullName,
            StartOn = request.StartOn!.Value,
            DueOn = request.DueOn!.Value,
            Resources = Clean(request.Resources),
            CostPence = Pence(request.Cost),
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = access.UserName,
        };
        db.Actions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        await plans.TouchAsync(objective.SchoolId, cancellationToken);
        await TellOwnerAsync(owner, action, objective.Title, cancellationToken);
        return await reader.ReadAsync(action, cancellationToken);
    }

    public async Task<ActionDetailsDto> Handle(UpdateActionCommand request, CancellationToken cancellationToken)
    {
        var action = await access.ActionAsync(request.ActionId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(action.SchoolId);
        var owner = await OwnerAsync(action.SchoolId, request.OwnerUserId!.Value, cancellationToken);
        var ownerChanged = owner.Id != action.OwnerUserId;
        db.Entry(action).Property(a => a.RowVersion).OriginalValue = request.ExpectedVersion;
        action.Description = request.Description.Trim();
        action.OwnerUserId = owner.Id;
        action.OwnerName = owner.FullName;
        action.StartOn = request.StartOn!.Value;
        action.DueOn = request.DueOn!.Value;
        action.Resources = Clean(request.Resources);
        action.CostPence = Pence(request.Cost);
        await SaveAsync(action, cancellationToken);
        if (ownerChanged)
        {
            var title = await db.Objectives.Where(o => o.Id == action.ObjectiveId).Select(o => o.Title).SingleAsync(cancellationToken);
            await TellOwnerAsync(owner, action, title, cancellationToken);
        }

        return await reader.ReadAsync(action, cancellationToken);
    }

    public async Task<ActionDetailsDto> Handle(RecordProgressCommand request, CancellationToken cancellationToken)
    {
        var action = await access.ActionAsync(request.ActionId, cancellationToken, track: true);
        access.EnsureCanUpdate(action);
        db.Entry(action).Property(a => a.RowVersion).OriginalValue = request.ExpectedVersion;
        var changes = new List<string>();
        var status = request.Status!.Value;
        if (status != action.Status)
        {
            changes.Add($"Status: {PlanLabels.Status(action.Status)} → {PlanLabels.Status(status)}");
            action.Status = status;
            action.CompletedOn = status == ActionStatus.Done ? UkTime.Today(clock) : null;
        }

        if (request.Progress != action.Progress)
        {
            changes.Add($"Progress: {PlanLabels.Progress(action.Progress)} → {PlanLabels.Progress(request.Progress)}");
            action.Progress = request.Progress;
        }

        action.DroppedReason = status == ActionStatus.Dropped ? request.DroppedReason!.Trim() : null;
        db.ProgressNotes.Add(new ProgressNote
        {
            ActionId = action.Id,
            Text = request.Note.Trim(),
            Changes = string.Join("; ", changes),
            WrittenBy = access.UserName,
            WrittenByUserId = access.User.UserId,
            WrittenAt = clock.GetUtcNow(),
        });
        await SaveAsync(action, cancellationToken);
        return await reader.ReadAsync(action, cancellationToken);
    }

    public async Task<Unit> Handle(DeleteActionCommand request, CancellationToken cancellationToken)
    {
        var action = await access.ActionAsync(request.ActionId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(action.SchoolId);
        foreach (var file in await mediator.Send(new ListEvidenceFilesQuery(ActionReader.EvidenceOwnerType, [action.Id]), cancellationToken))
        {
            await mediator.Send(new DeleteEvidenceFileCommand(file.Id), cancellationToken);
        }

        db.Actions.Remove(action);
        await db.SaveChangesAsync(cancellationToken);
        await plans.TouchAsync(action.SchoolId, cancellationToken);
        return Unit.Value;
    }

    private async Task SaveAsync(PlanAction action, CancellationToken cancellationToken)
    {
        action.UpdatedAt = clock.GetUtcNow();
        action.UpdatedBy = access.UserName;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await reader.ReadAsync(action.Id, cancellationToken);
            throw new ConflictException(
                $"{current.UpdatedBy ?? "Someone"} updated this action after you opened it. Their version is shown; your changes were not saved.", current);
        }

        await plans.TouchAsync(action.SchoolId, cancellationToken);
    }

    private async Task<PersonDto> OwnerAsync(Guid schoolId, Guid ownerUserId, CancellationToken cancellationToken)
    {
        var people = await mediator.Send(new ListPeopleQuery(schoolId), cancellationToken);
        return people.FirstOrDefault(p => p.Id == ownerUserId && p.SchoolId == schoolId && p.Status != "Locked")
            ?? throw RequestValidationException.For(nameof(AddActionCommand.OwnerUserId), "Choose a person of your school to own the action");
    }

    private Task TellOwnerAsync(PersonDto owner, PlanAction action, string objectiveTitle, CancellationToken cancellationToken) =>
        owner.Id == access.User.UserId
            ? Task.CompletedTask
            : outbox.QueueAsync(new EmailMessage(owner.Email, "An equality action has been given to you",
                $"Dear {owner.FullName},\n\n{access.UserName} has given you an action in the school's equality action plan.\n\n" +
                $"Objective: {objectiveTitle}\nAction: {action.Description}\nDue: {action.DueOn:d MMMM yyyy}\n\n" +
                $"Record progress and upload evidence on the Action plan page.\n\n{tenant.Tenant?.ProgrammeName}", "ActionDelegated"), cancellationToken);

    private static int? Pence(decimal? pounds) => pounds is { } p ? (int)(p * 100) : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
