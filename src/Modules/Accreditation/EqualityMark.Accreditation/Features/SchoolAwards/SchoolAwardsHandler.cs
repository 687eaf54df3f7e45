using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.SchoolAwards;

/// <summary>One school's record for the team: the school from Organisations (not found if it is not the authority's), then its awards and summaries.</summary>
internal sealed class SchoolAwardsHandler(AccreditationDbContext db, AccreditationAccess access, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetSchoolAwardsQuery, SchoolAwardsDto>
{
    public async Task<SchoolAwardsDto> Handle(GetSchoolAwardsQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var school = await mediator.Send(new GetSchoolQuery(request.SchoolId), cancellationToken);
        var today = UkTime.Today(clock);
        var awards = await db.Awards.AsNoTracking().Where(a => a.SchoolId == school.Id)
            .OrderBy(a => a.Kind).ThenByDescending(a => a.AwardedOn).ThenBy(a => a.Title).ToListAsync(cancellationToken);
        var summaries = await db.Summaries.AsNoTracking().Where(s => s.SchoolId == school.Id)
            .OrderBy(s => s.StrandName).ThenByDescending(s => s.StartedAt).ToListAsync(cancellationToken);
        return new SchoolAwardsDto(
            school.Id, school.Name, school.Urn, SchoolPhaseLabels.For(school.Phase),
            awards.Select(a => ToDto(a, today)).ToList(),
            summaries.Select(s => new SchoolSummaryDto(s.Id, s.StrandName, s.Status, SummaryStatusLabels.For(s.Status), s.Version, s.StartedAt, s.SentAt)).ToList(),
            access.User.IsAuthorityAdmin);
    }

    private static SchoolAwardDto ToDto(Award a, DateOnly today)
    {
        var status = a.StatusOn(today);
        return new(a.Id, a.Kind, a.Title, a.AwardedOn, a.ExpiresOn, a.CertificateNumber, a.VerificationCode,
            status, AwardStatusLabels.For(status), a.RevokedAt, a.RevokedBy, a.RevokedReason);
    }
}
