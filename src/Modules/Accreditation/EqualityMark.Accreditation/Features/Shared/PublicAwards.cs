using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>
/// An award found by its verification code, for anyone. The tenant filter and row-level security keep the search to
/// this authority, so another authority's code is "not found" here, as is a code that was never issued.
/// </summary>
internal sealed class PublicAwards(AccreditationDbContext db)
{
    public async Task<Award> ByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        return await db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.VerificationCode == normalised, cancellationToken)
            ?? throw new NotFoundException("No award with that verification code was found.");
    }
}
