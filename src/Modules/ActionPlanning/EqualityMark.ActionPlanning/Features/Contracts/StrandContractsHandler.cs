using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Features.Actions;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Evidence.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Contracts;

/// <summary>What Accreditation asks of the plan for one strand: objectives with actions and impact, and their evidence files.</summary>
internal sealed class StrandContractsHandler(ActionPlanningDbContext db, PlanAccess access, IMediator mediator) :
    IRequestHandler<GetStrandProgressQuery, IReadOnlyList<StrandObjectiveDto>>,
    IRequestHandler<GetStrandEvidenceQuery, IReadOnlyList<StrandEvidenceFileDto>>
{
    public async Task<IReadOnlyList<StrandObjectiveDto>> Handle(GetStrandProgressQuery request, CancellationToken cancellationToken)
    {
        var objectives = await ObjectivesOnStrandAsync(request.SchoolId, request.StrandKey, cancellationToken);
        var ids = objectives.Select(o => o.Id).ToList();
        var actions = (await db.Actions.AsNoTracking().Where(a => ids.Contains(a.ObjectiveId)).ToListAsync(cancellationToken)).ToLookup(a => a.ObjectiveId);
        var impacts = (await db.Impacts.AsNoTracking().Where(i => ids.Contains(i.ObjectiveId)).ToListAsync(cancellationToken)).ToLookup(i => i.ObjectiveId);
        return objectives.Select(o => new StrandObjectiveDto(
            o.Id, o.AcademicYear, o.Title, o.SuccessCriteria,
            o.Cells.Select(c => new GridCellRefDto(c.ElementKey, c.StrandKey)).ToList(),
            actions[o.Id].OrderBy(a => a.DueOn).Select(a => new StrandActionDto(a.Id, a.Description, a.OwnerName, a.DueOn, a.Status, a.Progress, a.CompletedOn)).ToList(),
            impacts[o.Id].Where(i => i.StrandKey == request.StrandKey)
                .Select(i => new StrandImpactDto(i.Id, i.WhatChanged, i.StrandKey, i.Group, i.Measure, i.Before, i.After, i.RecordedAt)).ToList())).ToList();
    }

    public async Task<IReadOnlyList<StrandEvidenceFileDto>> Handle(GetStrandEvidenceQuery request, CancellationToken cancellationToken)
    {
        var objectives = await ObjectivesOnStrandAsync(request.SchoolId, request.StrandKey, cancellationToken);
        var titles = objectives.ToDictionary(o => o.Id, o => o.Title);
        var actions = await db.Actions.AsNoTracking().Where(a => titles.Keys.Contains(a.ObjectiveId)).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken);
        var objectiveFiles = await mediator.Send(new ListEvidenceFilesQuery(ObjectiveReader.EvidenceOwnerType, titles.Keys.ToList()), cancellationToken);
        var actionFiles = await mediator.Send(new ListEvidenceFilesQuery(ActionReader.EvidenceOwnerType, actions.Select(a => a.Id).ToList()), cancellationToken);
        var actionNames = actions.ToDictionary(a => a.Id, a => a.Description);
        return objectiveFiles.Select(f => ToDto(f, "Objective: " + titles[f.OwnerId]))
            .Concat(actionFiles.Select(f => ToDto(f, "Action: " + actionNames[f.OwnerId])))
            .OrderByDescending(f => f.UploadedAt).ToList();
    }

    private async Task<List<Domain.Objective>> ObjectivesOnStrandAsync(Guid schoolId, string strandKey, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(schoolId);
        return await db.Objectives.AsNoTracking().Include(o => o.Cells)
            .Where(o => o.SchoolId == schoolId && o.Cells.Any(c => c.StrandKey == strandKey))
            .OrderBy(o => o.AcademicYear).ThenBy(o => o.CreatedAt).ToListAsync(cancellationToken);
    }

    private static StrandEvidenceFileDto ToDto(EvidenceFileDto f, string attachedTo) =>
        new(f.Id, f.FileName, f.ContentType, f.Size, attachedTo, EvidenceMapping.ToDto(f).DownloadPath, f.UploadedAt);
}
