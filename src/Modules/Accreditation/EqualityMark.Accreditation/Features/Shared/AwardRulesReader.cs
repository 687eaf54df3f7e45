using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>The authority's award rules, or the defaults (every badge within three years, each valid three years) until it sets its own.</summary>
internal sealed class AwardRulesReader(AccreditationDbContext db)
{
    public async Task<AwardRules> CurrentAsync(CancellationToken cancellationToken) =>
        await db.Rules.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? AwardRules.Default();
}
