using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>
/// The register in two queries: one page of schools (counted and paged in the database), then those schools' awards.
/// Only awards valid today (not expired, not revoked) that the school chose to show count; filters match them too.
/// </summary>
internal sealed class GetRegisterHandler(AccreditationDbContext db, BadgeCatalogue badges, TimeProvider clock) : IRequestHandler<GetRegisterQuery, RegisterDto>
{
    public async Task<RegisterDto> Handle(GetRegisterQuery request, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var shown = db.Awards.AsNoTracking().Where(a => a.ShowOnRegister && a.RevokedAt == null && (a.ExpiresOn == null || a.ExpiresOn > today));
        var phase = Enum.TryParse<SchoolPhase>(request.Phase, out var parsed) && Enum.IsDefined(parsed) ? parsed.ToString() : null;
        var badge = string.IsNullOrWhiteSpace(request.Badge) ? null : request.Badge.Trim();
        var matching = shown;
        if (phase is not null)
        {
            matching = matching.Where(a => a.SchoolPhase == phase);
        }

        if (badge is not null)
        {
            matching = matching.Where(a => a.Kind == AwardKind.Badge && a.StrandKey == badge);
        }

        var schools = matching.GroupBy(a => a.SchoolId).Select(g => new { Id = g.Key, Name = g.Max(a => a.SchoolName) });
        var count = await schools.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (count + GetRegisterQuery.PageSize - 1) / GetRegisterQuery.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        var onPage = await schools.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((page - 1) * GetRegisterQuery.PageSize).Take(GetRegisterQuery.PageSize).ToListAsync(cancellationToken);
        var ids = onPage.Select(s => s.Id).ToList();
        var awards = (await shown.Where(a => ids.Contains(a.SchoolId)).ToListAsync(cancellationToken)).ToLookup(a => a.SchoolId);
        var catalogue = await badges.AllAsync(cancellationToken);
        return new RegisterDto(
            onPage.Select(s => School(awards[s.Id].ToList())).ToList(), count, page, pageCount, phase, badge,
            Enum.GetValues<SchoolPhase>().Select(p => new RegisterOptionDto(p.ToString(), SchoolPhaseLabels.For(p))).ToList(),
            catalogue.Select(b => new RegisterOptionDto(b.Key, b.Name)).ToList());
    }

    private static RegisterSchoolDto School(List<Award> awards)
    {
        var newest = awards.MaxBy(a => a.AwardedAt)!;
        return new RegisterSchoolDto(newest.SchoolName, newest.SchoolUrn, SchoolPhaseLabels.For(newest.SchoolPhase), awards
            .OrderByDescending(a => a.Kind == AwardKind.Mark).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Select(a => new RegisterAwardDto(a.Title, a.Kind == AwardKind.Mark, a.AwardedOn, a.ExpiresOn, a.VerificationCode)).ToList());
    }
}
