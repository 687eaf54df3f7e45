using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.EvidencePack;

internal sealed class PlanEvidenceHandler(ActionPlanningDbContext db, PlanAccess access) : IRequestHandler<GetPlanEvidenceQuery, PlanEvidenceDto>
{
    public async Task<PlanEvidenceDto> Handle(GetPlanEvidenceQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var published = await db.PublishedStatements.AsNoTracking().Where(s => s.SchoolId == request.SchoolId)
            .OrderByDescending(s => s.Version).Select(s => new { s.PublishedAt, s.SchoolUrn }).FirstOrDefaultAsync(cancellationToken);
        var year = await db.Objectives.AsNoTracking().Where(o => o.SchoolId == request.SchoolId)
            .MaxAsync(o => (int?)o.AcademicYear, cancellationToken);
        if (year is null)
        {
            return new PlanEvidenceDto(null, [], published?.PublishedAt, published is null ? null : StatementPath(published.SchoolUrn));
        }

        var objectives = await db.Objectives.AsNoTracking().Include(o => o.Cells)
            .Where(o => o.SchoolId == request.SchoolId && o.AcademicYear == year)
            .OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        var ids = objectives.Select(o => o.Id).ToList();
        var actions = (await db.Actions.AsNoTracking().Where(a => ids.Contains(a.ObjectiveId)).OrderBy(a => a.DueOn).ToListAsync(cancellationToken)).ToLookup(a => a.ObjectiveId);
        var impacts = (await db.Impacts.AsNoTracking().Where(i => ids.Contains(i.ObjectiveId)).OrderBy(i => i.RecordedAt).ToListAsync(cancellationToken)).ToLookup(i => i.ObjectiveId);
        return new PlanEvidenceDto(year, objectives.Select(o => new PlanObjectiveEvidenceDto(
            o.Title, o.SipReference, o.SuccessCriteria, o.IsPublishedObjective,
            o.Cells.Select(c => new GridCellRefDto(c.ElementKey, c.StrandKey)).ToList(),
            actions[o.Id].Select(a => new StrandActionDto(a.Id, a.Description, a.OwnerName, a.DueOn, a.Status, a.Progress, a.CompletedOn)).ToList(),
            impacts[o.Id].Select(i => new StrandImpactDto(i.Id, i.WhatChanged, i.StrandKey, i.Group, i.Measure, i.Before, i.After, i.RecordedAt)).ToList())).ToList(),
            published?.PublishedAt, published is null ? null : StatementPath(published.SchoolUrn));
    }

    private static string StatementPath(string urn) => $"/schools/{urn}/equality";
}
