using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>
/// Opens this year's audit against the latest published framework with a judgement for every item and
/// strand. Copying last year carries a judgement forward only where the item's statement is unchanged.
/// </summary>
internal sealed class StartAuditHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, IMediator mediator, TimeProvider clock)
    : IRequestHandler<StartAuditCommand, AuditSummaryDto>
{
    public async Task<AuditSummaryDto> Handle(StartAuditCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var school = await mediator.Send(new GetSchoolQuery(request.SchoolId), cancellationToken);
        var now = clock.GetUtcNow();
        var year = AcademicYear.For(now);
        if (await db.Audits.AnyAsync(a => a.SchoolId == request.SchoolId && a.AcademicYear == year, cancellationToken))
        {
            throw new ConflictException($"The {AcademicYear.Label(year)} audit has already been started.");
        }

        var version = await db.FrameworkVersions.AsNoTracking()
            .Where(v => v.Status == FrameworkVersionStatus.Published).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException("The equality team has not published an audit framework yet.");

        var audit = new SchoolAudit
        {
            SchoolId = request.SchoolId,
            SchoolPhase = school.Phase.ToString(),
            AcademicYear = year,
            FrameworkVersionId = version.Id,
            StartedAt = now,
        };
        db.Audits.Add(audit);
        var carried = request.CopyLastYear ? await LastYearAsync(request.SchoolId, year, cancellationToken) : [];
        foreach (var item in version.Content.Items)
        {
            foreach (var strand in version.Content.StrandsOf(item))
            {
                var previous = carried.GetValueOrDefault((item.Key, strand, item.Statement));
                db.Judgements.Add(new Judgement
                {
                    AuditId = audit.Id,
                    ItemKey = item.Key,
                    ElementKey = item.ElementKey,
                    StrandKey = strand,
                    Rating = previous?.Rating ?? Rating.NotAssessed,
                    Commentary = previous?.Commentary ?? string.Empty,
                    EvidenceNotes = previous?.EvidenceNotes ?? string.Empty,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await summaries.ForAsync(audit, cancellationToken);
    }

    private async Task<Dictionary<(string Item, string Strand, string Statement), Judgement>> LastYearAsync(Guid schoolId, int year, CancellationToken cancellationToken)
    {
        var last = await db.Audits.AsNoTracking().Where(a => a.SchoolId == schoolId && a.AcademicYear < year)
            .OrderByDescending(a => a.AcademicYear).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return [];
        }

        var content = (await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == last.FrameworkVersionId, cancellationToken)).Content;
        var statements = content.Items.ToDictionary(i => i.Key, i => i.Statement);
        var judgements = await db.Judgements.AsNoTracking().Where(j => j.AuditId == last.Id).ToListAsync(cancellationToken);
        return judgements.Where(j => statements.ContainsKey(j.ItemKey))
            .ToDictionary(j => (j.ItemKey, j.StrandKey, statements[j.ItemKey]));
    }
}
