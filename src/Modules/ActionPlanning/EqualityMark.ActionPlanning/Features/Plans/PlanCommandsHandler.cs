using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Plans;

internal sealed class PlanCommandsHandler(
    ActionPlanningDbContext db, PlanAccess access, PlanStore plans, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock) :
    IRequestHandler<SetPlanFocusCommand, Unit>,
    IRequestHandler<CarryForwardCommand, int>,
    IRequestHandler<AddPlanCommentCommand, Guid>
{
    public async Task<Unit> Handle(SetPlanFocusCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var plan = await plans.GetOrStartAsync(request.SchoolId, cancellationToken);
        plan.Focus = request.Focus!.Value;
        plan.Touch(access.UserName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>
    /// Each objective of the year with open actions continues into the next year as a copy (made once, reused on a
    /// second run); its open actions move there with a note saying so. Finished and dropped actions stay where they were done.
    /// </summary>
    public async Task<int> Handle(CarryForwardCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        // One carry-forward at a time per school: a second waits here, then finds nothing left to carry.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM action_planning.plans WHERE school_id = {request.SchoolId} FOR UPDATE", cancellationToken);
        var objectives = await db.Objectives.Include(o => o.Cells)
            .Where(o => o.SchoolId == request.SchoolId && o.AcademicYear == request.FromYear).ToListAsync(cancellationToken);
        var ids = objectives.Select(o => o.Id).ToList();
        var open = await db.Actions.Where(a => ids.Contains(a.ObjectiveId)
            && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress)).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            throw new ConflictException($"There are no unfinished actions in {AcademicYear.Label(request.FromYear)} to carry forward.");
        }

        var now = clock.GetUtcNow();
        var existing = await db.Objectives.Where(o => o.CarriedFromId != null && ids.Contains(o.CarriedFromId.Value)).ToDictionaryAsync(o => o.CarriedFromId!.Value, cancellationToken);
        foreach (var group in open.GroupBy(a => a.ObjectiveId))
        {
            var from = objectives.Single(o => o.Id == group.Key);
            if (!existing.TryGetValue(from.Id, out var next))
            {
                next = CopyIntoNextYear(from, now);
                db.Objectives.Add(next);
            }

            foreach (var action in group)
            {
                action.ObjectiveId = next.Id;
                action.UpdatedAt = now;
                action.UpdatedBy = access.UserName;
                db.ProgressNotes.Add(new ProgressNote
                {
                    ActionId = action.Id,
                    Text = $"Carried forward from {AcademicYear.Label(request.FromYear)} to {AcademicYear.Label(request.FromYear + 1)}.",
                    Changes = "Year: " + AcademicYear.Label(request.FromYear) + " → " + AcademicYear.Label(request.FromYear + 1),
                    WrittenBy = access.UserName,
                    WrittenByUserId = access.User.UserId,
                    WrittenAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await plans.TouchAsync(request.SchoolId, cancellationToken);
        return open.Count;
    }

    public async Task<Guid> Handle(AddPlanCommentCommand request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        access.EnsureCanSeeSchool(request.SchoolId);
        var plan = await plans.FindAsync(request.SchoolId, cancellationToken) ?? throw new NotFoundException("This school has no action plan yet.");
        if (request.ObjectiveId is { } objectiveId && !await db.Objectives.AnyAsync(o => o.Id == objectiveId && o.SchoolId == request.SchoolId, cancellationToken))
        {
            throw new NotFoundException("No objective with that id was found.");
        }

        var comment = new PlanComment { PlanId = plan.Id, ObjectiveId = request.ObjectiveId, Text = request.Text.Trim(), WrittenBy = access.UserName, WrittenAt = clock.GetUtcNow() };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        var coordinators = (await mediator.Send(new ListPeopleQuery(request.SchoolId), cancellationToken))
            .Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active");
        foreach (var person in coordinators)
        {
            await outbox.QueueAsync(new EmailMessage(person.Email, "The equality team commented on your action plan",
                $"Dear {person.FullName},\n\n{access.UserName} wrote:\n\n{comment.Text}\n\nRead it on your action plan.\n\n{tenant.Tenant?.ProgrammeName}", "ActionPlanComment"), cancellationToken);
        }

        return comment.Id;
    }

    private Objective CopyIntoNextYear(Objective from, DateTimeOffset now)
    {
        var next = new Objective
        {
            PlanId = from.PlanId,
            SchoolId = from.SchoolId,
            AcademicYear = from.AcademicYear + 1,
            Title = from.Title,
            SipReference = from.SipReference,
            SipPriority = from.SipPriority,
            SuccessCriteria = from.SuccessCriteria,
            ReviewOn = from.ReviewOn,
            IsPublishedObjective = from.IsPublishedObjective,
            CarriedFromId = from.Id,
            CreatedAt = now,
            CreatedBy = access.UserName,
            UpdatedAt = now,
            UpdatedBy = access.UserName,
        };
        next.Cells.AddRange(from.Cells.Select(c => new ObjectiveCell { ObjectiveId = next.Id, ElementKey = c.ElementKey, StrandKey = c.StrandKey }));
        return next;
    }
}
