using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>
/// Who may do what: the school's co-ordinator writes and sends its summaries; its members read them; the
/// authority's staff check, verify and award; its administrators set the rules and revoke. Anything of another
/// school is "not found".
/// </summary>
internal sealed class AccreditationAccess(AccreditationDbContext db, ICurrentUser user)
{
    public ICurrentUser User => user;

    public string UserName => user.FullName ?? "Unknown";

    public Guid OwnSchoolId => user.SchoolId ?? throw new NotFoundException("Only school users have accreditation summaries of their own.");

    public void EnsureCanSeeSchool(Guid schoolId) => user.EnsureCanSeeSchool(schoolId);

    public bool IsCoordinatorOf(Guid schoolId) => user.IsCoordinatorOf(schoolId);

    public void EnsureCoordinatorOf(Guid schoolId) => user.EnsureCoordinatorOf(schoolId);

    public void EnsureStaff() => user.EnsureStaff();

    public void EnsureAdmin() => user.EnsureAdmin();

    public async Task<AccreditationSummary> SummaryAsync(Guid summaryId, CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.Summaries : db.Summaries.AsNoTracking();
        var summary = await query.SingleOrDefaultAsync(s => s.Id == summaryId, cancellationToken);
        return summary is not null && user.CanSeeSchool(summary.SchoolId)
            ? summary
            : throw new NotFoundException("No accreditation summary with that id was found.");
    }

    public async Task<Award> AwardAsync(Guid awardId, CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.Awards : db.Awards.AsNoTracking();
        var award = await query.SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        return award is not null && user.CanSeeSchool(award.SchoolId)
            ? award
            : throw new NotFoundException("No award with that id was found.");
    }
}
