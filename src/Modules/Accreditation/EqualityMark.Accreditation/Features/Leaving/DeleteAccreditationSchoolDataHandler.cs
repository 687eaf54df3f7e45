using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Leaving;

/// <summary>
/// Removes the school's accreditation summaries (versions and comments by cascade). Its awards are revoked and taken
/// off the register rather than removed, so anyone checking a certificate at /verify/{code} is told the school no
/// longer holds it instead of "not found" (ADR 0025).
/// </summary>
internal sealed class DeleteAccreditationSchoolDataHandler(AccreditationDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DeleteAccreditationSchoolDataCommand, Unit>
{
    public const string LeftReason = "The school has left the programme.";

    public async Task<Unit> Handle(DeleteAccreditationSchoolDataCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        var school = request.SchoolId;
        await db.LockAgainstWritesAsync<AccreditationSummary>(cancellationToken);
        await db.LockAgainstWritesAsync<Award>(cancellationToken);
        var summaries = db.Summaries.Where(s => s.SchoolId == school).Select(s => s.Id);
        await db.RemindersSent.Where(r => r.SubjectId == school || summaries.Contains(r.SubjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.Summaries.Where(s => s.SchoolId == school).ExecuteDeleteAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var award in await db.Awards.Where(a => a.SchoolId == school).ToListAsync(cancellationToken))
        {
            if (award.RevokedAt is null)
            {
                award.Revoke(LeftReason, user.FullName ?? "The authority", now);
            }

            award.SetShowOnRegister(false);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
