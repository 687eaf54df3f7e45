using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Objectives;

/// <summary>Reads one objective whole: its actions (a member sees only theirs), impact, evidence and the team's comments.</summary>
internal sealed class ObjectiveReader(ActionPlanningDbContext db, PlanAccess access, SchoolGridReader grids, IMediator mediator, TimeProvider clock)
{
    public const string EvidenceOwnerType = "objective";

    public async Task<ObjectiveDetailsDto> ReadAsync(Guid objectiveId, CancellationToken cancellationToken)
    {
        var objective = await access.ObjectiveAsync(objectiveId, cancellationToken);
        return await ReadAsync(objective, cancellationToken);
    }

    public async Task<ObjectiveDetailsDto> ReadAsync(Objective objective, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var actions = await db.Actions.AsNoTracking().Where(a => a.ObjectiveId == objective.Id).ToListAsync(cancellationToken);
        if (access.IsMember)
        {
            actions = actions.Where(a => a.OwnerUserId == access.User.UserId).ToList();
        }

        var impacts = await db.Impacts.AsNoTracking().Where(i => i.ObjectiveId == objective.Id).OrderByDescending(i => i.RecordedAt).ToListAsync(cancellationToken);
        var comments = access.IsMember ? [] : await db.Comments.AsNoTracking().Where(c => c.ObjectiveId == objective.Id).OrderByDescending(c => c.WrittenAt).ToListAsync(cancellationToken);
        var grid = await grids.ForSchoolAsync(objective.SchoolId, cancellationToken);
        var files = await mediator.Send(new ListEvidenceFilesQuery(EvidenceOwnerType, [objective.Id]), cancellationToken);
        var school = await db.Plans.AsNoTracking().Where(p => p.Id == objective.PlanId).Select(p => p.SchoolName).SingleAsync(cancellationToken);
        var rows = actions.Select(a => PlanMapping.ToRow(a, objective.Title, today));
        return new ObjectiveDetailsDto(
            PlanMapping.ToSummary(objective, grid, rows, impacts.Count),
            objective.SchoolId, school, objective.RowVersion, objective.CreatedBy, objective.UpdatedAt, objective.UpdatedBy,
            impacts.Select(i => new ImpactDto(i.Id, i.WhatChanged, i.StrandKey, grid.StrandName(i.StrandKey), i.Group, i.Measure, i.Before, i.After, i.RecordedBy, i.RecordedAt)).ToList(),
            files.Select(EvidenceMapping.ToDto).ToList(),
            comments.Select(PlanMapping.ToDto).ToList(),
            access.IsCoordinatorOf(objective.SchoolId),
            access.User.IsAuthorityStaff);
    }
}
