using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.ReferenceGroups;
using EqualityMark.Audit.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.EvidencePack;

internal sealed class AuditEvidenceHandler(AuditDbContext db, AuditAccess access, GridCalculator grids) : IRequestHandler<GetAuditEvidenceQuery, AuditEvidenceDto>
{
    public async Task<AuditEvidenceDto> Handle(GetAuditEvidenceQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var audits = await db.Audits.AsNoTracking().Where(a => a.SchoolId == request.SchoolId)
            .OrderByDescending(a => a.AcademicYear).Take(2).ToListAsync(cancellationToken);
        var latest = audits.FirstOrDefault();
        var previous = audits.Skip(1).FirstOrDefault(a => latest is not null && a.AcademicYear == latest.AcademicYear - 1);
        var group = await ReferenceGroupAsync(request.SchoolId, cancellationToken);
        if (latest is null)
        {
            return new AuditEvidenceDto(null, null, [], group);
        }

        var gridList = await grids.GridsAsync(previous is null ? [latest] : [latest, previous], cancellationToken);
        var content = await grids.ContentAsync(latest.FrameworkVersionId, cancellationToken);
        var judgements = await db.Judgements.AsNoTracking().Where(j => j.AuditId == latest.Id)
            .Select(j => new { j.ItemKey, j.ElementKey, j.StrandKey, j.Rating, j.Commentary }).ToListAsync(cancellationToken);
        var statements = content.Items.ToDictionary(i => i.Key, i => i.Statement);
        var strandNames = content.Strands.ToDictionary(s => s.Key, s => s.Name);
        var strandOrder = content.Strands.Select((s, index) => (s.Key, index)).ToDictionary(s => s.Key, s => s.index);
        var itemOrder = content.Items.Select((i, index) => (i.Key, index)).ToDictionary(i => i.Key, i => i.index);
        var expected = content.Items.SelectMany(i => content.StrandsOf(i).Select(_ => i.ElementKey)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

        var byJudgement = content.Elements
            .GroupBy(e => e.OfstedJudgement)
            .Select(g => new InspectionJudgementEvidenceDto(g.Key, g.Select(element =>
            {
                var made = judgements.Where(j => j.ElementKey == element.Key && j.Rating != Rating.NotAssessed).ToList();
                return new ElementEvidenceDto(
                    element.Name,
                    made.Count(j => j.Rating == Rating.Red),
                    made.Count(j => j.Rating == Rating.Amber),
                    made.Count(j => j.Rating == Rating.Green),
                    expected.GetValueOrDefault(element.Key) - made.Count,
                    made.OrderBy(j => itemOrder.GetValueOrDefault(j.ItemKey)).ThenBy(j => strandOrder.GetValueOrDefault(j.StrandKey))
                        .Select(j => new JudgementEvidenceDto(statements.GetValueOrDefault(j.ItemKey, j.ItemKey), strandNames.GetValueOrDefault(j.StrandKey, j.StrandKey), j.Rating, j.Commentary))
                        .ToList());
            }).ToList()))
            .ToList();
        return new AuditEvidenceDto(gridList[0], gridList.Count > 1 ? gridList[1] : null, byJudgement, group);
    }

    private async Task<ReferenceGroupEvidenceDto> ReferenceGroupAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var frequency = await db.ReferenceGroups.AsNoTracking().Where(g => g.SchoolId == schoolId)
            .Select(g => g.MeetingFrequency).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var members = await db.ReferenceGroupMembers.AsNoTracking().Where(m => m.SchoolId == schoolId)
            .OrderBy(m => m.Category).ThenBy(m => m.FullName)
            .Select(m => new { m.FullName, m.Category }).ToListAsync(cancellationToken);
        var meetings = await db.ReferenceGroupMeetings.AsNoTracking().Where(m => m.SchoolId == schoolId)
            .OrderByDescending(m => m.HeldOn).Take(50)
            .Select(m => new ReferenceGroupMeetingEvidenceDto(m.HeldOn, m.Attendees, m.Notes)).ToListAsync(cancellationToken);
        return new ReferenceGroupEvidenceDto(frequency, members.Select(m => new ReferenceGroupMemberEvidenceDto(m.FullName, MemberCategories.Name(m.Category))).ToList(), meetings);
    }
}
