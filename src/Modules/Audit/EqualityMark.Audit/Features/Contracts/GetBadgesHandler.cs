using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Contracts;

/// <summary>The strands of the latest published framework, which the programme page shows as the mark's badges.</summary>
internal sealed class GetBadgesHandler(AuditDbContext db) : IRequestHandler<GetBadgesQuery, IReadOnlyList<BadgeDto>>
{
    public async Task<IReadOnlyList<BadgeDto>> Handle(GetBadgesQuery request, CancellationToken cancellationToken)
    {
        var version = await db.FrameworkVersions.AsNoTracking().Where(v => v.Status == FrameworkVersionStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var strands = (version?.Content ?? DefaultFramework.Create()).Strands;
        return strands.Select(s => new BadgeDto(s.Key, s.Name, s.Description, s.ProtectedCharacteristics, s.Groups)).ToList();
    }
}
