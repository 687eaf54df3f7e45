using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;

namespace EqualityMark.ActionPlanning.Demo;

/// <summary>Writes a demo plan as the school's own people would have: their names on every note, dates relative to today.</summary>
internal sealed class DemoPlanWriter
{
    private readonly ActionPlanningDbContext db;
    private readonly SchoolDto school;
    private readonly PersonDto coordinator;
    private readonly DateOnly today;
    private readonly DateTimeOffset now;
    private readonly ActionPlan plan;

    public DemoPlanWriter(ActionPlanningDbContext db, SchoolDto school, PersonDto coordinator, TimeProvider clock)
    {
        this.db = db;
        this.school = school;
        this.coordinator = coordinator;
        today = UkTime.Today(clock);
        now = clock.GetUtcNow();
        plan = new ActionPlan { SchoolId = school.Id, SchoolName = school.Name, CreatedAt = now.AddDays(-90), LastUpdatedAt = now.AddDays(-3), LastUpdatedBy = coordinator.FullName };
        db.Plans.Add(plan);
    }

    public Objective Objective(string title, (string Element, string Strand)[] cells, string sipReference, string sipPriority, string successCriteria)
    {
        var objective = new Objective
        {
            PlanId = plan.Id,
            SchoolId = school.Id,
            AcademicYear = AcademicYear.For(today),
            Title = title,
            SipReference = sipReference,
            SipPriority = sipPriority,
            SuccessCriteria = successCriteria,
            ReviewOn = AcademicYear.End(AcademicYear.For(today)).AddDays(-45),
            IsPublishedObjective = true,
            CreatedAt = now.AddDays(-90),
            CreatedBy = coordinator.FullName,
            UpdatedAt = now.AddDays(-90),
            UpdatedBy = coordinator.FullName,
        };
        objective.Cells.AddRange(cells.Select(c => new ObjectiveCell { ObjectiveId = objective.Id, ElementKey = c.Element, StrandKey = c.Strand }));
        db.Objectives.Add(objective);
        return objective;
    }

    public void Action(Objective objective, string description, PersonDto owner, int startInDays, int dueInDays, ActionStatus status, ProgressRating? progress,
        params (string Text, string Changes)[] notes) => Action(objective, description, owner, startInDays, dueInDays, status, progress, notes, null);

    public void Action(Objective objective, string description, PersonDto owner, int startInDays, int dueInDays, ActionStatus status, ProgressRating? progress,
        (string Text, string Changes) note, int costPence) => Action(objective, description, owner, startInDays, dueInDays, status, progress, [note], costPence);

    public void Impact(Objective objective, string whatChanged, string strandKey, string group, string measure, string before, string after) =>
        db.Impacts.Add(new ImpactRecord
        {
            ObjectiveId = objective.Id, WhatChanged = whatChanged, StrandKey = strandKey, Group = group, Measure = measure, Before = before, After = after,
            RecordedBy = coordinator.FullName, RecordedAt = now.AddDays(-5),
        });

    public void Comment(string author, string text) =>
        db.Comments.Add(new PlanComment { PlanId = plan.Id, Text = text, WrittenBy = author, WrittenAt = now.AddDays(-10) });

    private void Action(Objective objective, string description, PersonDto owner, int startInDays, int dueInDays, ActionStatus status, ProgressRating? progress,
        (string Text, string Changes)[] notes, int? costPence)
    {
        var action = new PlanAction
        {
            ObjectiveId = objective.Id,
            SchoolId = school.Id,
            Description = description,
            OwnerUserId = owner.Id,
            OwnerName = owner.FullName,
            StartOn = today.AddDays(startInDays),
            DueOn = today.AddDays(dueInDays),
            Status = status,
            Progress = progress,
            DroppedReason = status == ActionStatus.Dropped ? notes[^1].Text : null,
            CompletedOn = status == ActionStatus.Done ? today.AddDays(dueInDays) : null,
            CostPence = costPence,
            CreatedAt = now.AddDays(-90),
            UpdatedAt = now.AddDays(-3),
            UpdatedBy = owner.FullName,
        };
        db.Actions.Add(action);
        var written = now.AddDays(Math.Min(startInDays, -20));
        foreach (var (text, changes) in notes)
        {
            written = written.AddDays(7);
            db.ProgressNotes.Add(new ProgressNote { ActionId = action.Id, Text = text, Changes = changes, WrittenBy = owner.FullName, WrittenByUserId = owner.Id, WrittenAt = written });
        }
    }
}
