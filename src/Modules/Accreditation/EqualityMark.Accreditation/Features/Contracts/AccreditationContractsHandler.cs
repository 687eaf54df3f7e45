using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Contracts;

/// <summary>What other modules may ask of Accreditation: a school's summaries and awards per badge, and what a visit is to verify.</summary>
internal sealed class AccreditationContractsHandler(AccreditationDbContext db, AccreditationAccess access, BadgeCatalogue badges, TimeProvider clock) :
    IRequestHandler<GetSchoolAccreditationQuery, SchoolAccreditationDto>,
    IRequestHandler<GetSummariesToVerifyQuery, IReadOnlyList<SummaryToVerifyDto>>
{
    public async Task<SchoolAccreditationDto> Handle(GetSchoolAccreditationQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var today = UkTime.Today(clock);
        var summaries = await LatestSummariesAsync(request.SchoolId, cancellationToken);
        var awards = await db.Awards.AsNoTracking().Where(a => a.SchoolId == request.SchoolId)
            .OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.AwardedAt).ToListAsync(cancellationToken);
        var strands = (await badges.AllAsync(cancellationToken)).Select(b =>
        {
            var summary = summaries.GetValueOrDefault(b.Key);
            var badge = awards.FirstOrDefault(a => a.Kind == AwardKind.Badge && a.StrandKey == b.Key);
            return new StrandAccreditationDto(b.Key, b.Name, summary?.Id, summary?.Status, badge is null ? null : AwardMapping.ToDto(badge, today));
        }).ToList();
        var mark = awards.FirstOrDefault(a => a.Kind == AwardKind.Mark);
        return new SchoolAccreditationDto(request.SchoolId, strands, mark is null ? null : AwardMapping.ToDto(mark, today));
    }

    public async Task<IReadOnlyList<SummaryToVerifyDto>> Handle(GetSummariesToVerifyQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var summaries = await LatestSummariesAsync(request.SchoolId, cancellationToken);
        var names = (await badges.AllAsync(cancellationToken)).ToDictionary(b => b.Key, b => b.Name);
        return request.StrandKeys.Distinct().Select(key =>
        {
            var name = names.GetValueOrDefault(key, key);
            if (summaries.GetValueOrDefault(key) is not { } summary)
            {
                return new SummaryToVerifyDto(key, name, null, null, "Not started", false, null);
            }

            var path = access.User.IsAuthorityStaff ? $"/accreditation/review/{summary.Id}" : $"/accreditation/summaries/{summary.Id}";
            return new SummaryToVerifyDto(key, name, summary.Id, summary.Status, SummaryStatusLabels.For(summary.Status),
                summary.Status is SummaryStatus.Accepted or SummaryStatus.Awarded, path);
        }).ToList();
    }

    /// <summary>Per badge, the open summary if there is one, otherwise the most recent.</summary>
    private async Task<Dictionary<string, AccreditationSummary>> LatestSummariesAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var all = await db.Summaries.AsNoTracking().Where(s => s.SchoolId == schoolId).ToListAsync(cancellationToken);
        return all.GroupBy(s => s.StrandKey)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.IsOpen).ThenByDescending(s => s.StartedAt).First());
    }
}
