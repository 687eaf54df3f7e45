using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Revocation;

/// <summary>
/// Administrators revoke awards. Two at once: the award's xmin makes the second update match no row, so exactly one
/// revokes and the other is told (409). Revoking a badge never revokes the Mark by itself.
/// </summary>
internal sealed class RevocationHandler(AccreditationDbContext db, AccreditationAccess access, RevocationEmails emails, TimeProvider clock) :
    IRequestHandler<GetAwardToRevokeQuery, AwardToRevokeDto>,
    IRequestHandler<RevokeAwardCommand, AwardDto>
{
    public async Task<AwardToRevokeDto> Handle(GetAwardToRevokeQuery request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var award = await access.AwardAsync(request.AwardId, cancellationToken);
        var today = UkTime.Today(clock);
        var marks = award.Kind == AwardKind.Badge
            ? await db.Awards.AsNoTracking().Where(a => a.SchoolId == award.SchoolId && a.Kind == AwardKind.Mark && a.RevokedAt == null).ToListAsync(cancellationToken)
            : [];
        var mark = marks.FirstOrDefault(m => m.IsValidOn(today));
        return new AwardToRevokeDto(award.Id, award.SchoolId, award.SchoolName, award.Kind, award.Title, award.CertificateNumber, award.AwardedOn,
            award.RevokedAt, mark?.Id, mark?.Title);
    }

    public async Task<AwardDto> Handle(RevokeAwardCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var award = await access.AwardAsync(request.AwardId, cancellationToken, track: true);
        award.Revoke(request.Reason!.Trim(), access.UserName, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else revoked or changed this award at the same moment. Reload the school's page to see it.");
        }

        await emails.TellSchoolAsync(award, cancellationToken);
        return AwardMapping.ToDto(award, UkTime.Today(clock));
    }
}
