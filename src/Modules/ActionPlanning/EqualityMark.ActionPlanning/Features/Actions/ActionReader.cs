using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Actions;

/// <summary>Reads one action whole: its progress notes (newest first) and evidence.</summary>
internal sealed class ActionReader(ActionPlanningDbContext db, PlanAccess access, IMediator mediator, TimeProvider clock)
{
    public const string EvidenceOwnerType = "action";

    public async Task<ActionDetailsDto> ReadAsync(Guid actionId, CancellationToken cancellationToken) =>
        await ReadAsync(await access.ActionAsync(actionId, cancellationToken), cancellationToken);

    public async Task<ActionDetailsDto> ReadAsync(PlanAction a, CancellationToken cancellationToken)
    {
        var title = await db.Objectives.Where(o => o.Id == a.ObjectiveId).Select(o => o.Title).SingleAsync(cancellationToken);
        var notes = await db.ProgressNotes.AsNoTracking().Where(n => n.ActionId == a.Id).OrderByDescending(n => n.WrittenAt).ToListAsync(cancellationToken);
        var files = await mediator.Send(new ListEvidenceFilesQuery(EvidenceOwnerType, [a.Id]), cancellationToken);
        return new ActionDetailsDto(
            a.Id, a.ObjectiveId, title, a.SchoolId, a.Description, a.OwnerUserId, a.OwnerName, a.StartOn, a.DueOn, a.Resources, a.CostPence,
            a.Status, a.DroppedReason, a.Progress, a.CompletedOn, PlanMapping.IsOverdue(a, UkTime.Today(clock)), a.RowVersion, a.UpdatedAt, a.UpdatedBy,
            notes.Select(n => new ProgressNoteDto(n.Id, n.Text, n.Changes, n.WrittenBy, n.WrittenAt)).ToList(),
            files.Select(EvidenceMapping.ToDto).ToList(),
            access.CanUpdate(a),
            access.IsCoordinatorOf(a.SchoolId));
    }
}
