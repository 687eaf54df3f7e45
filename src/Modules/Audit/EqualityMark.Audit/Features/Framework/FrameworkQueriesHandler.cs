using EqualityMark.Audit.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Framework;

internal sealed class FrameworkQueriesHandler(AuditDbContext db, ICurrentUser user) :
    IRequestHandler<ListFrameworkVersionsQuery, IReadOnlyList<FrameworkVersionSummaryDto>>,
    IRequestHandler<GetFrameworkVersionQuery, FrameworkVersionDto>
{
    public async Task<IReadOnlyList<FrameworkVersionSummaryDto>> Handle(ListFrameworkVersionsQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var versions = await db.FrameworkVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var audits = await db.Audits.AsNoTracking().GroupBy(a => a.FrameworkVersionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return versions.ConvertAll(v => new FrameworkVersionSummaryDto(
            v.Id, v.Number, v.Status.ToString(), v.CreatedAt, v.PublishedAt, v.Content.Items.Count, audits.GetValueOrDefault(v.Id)));
    }

    public async Task<FrameworkVersionDto> Handle(GetFrameworkVersionQuery request, CancellationToken cancellationToken)
    {
        EnsureStaff();
        var version = await db.FrameworkVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == request.VersionId, cancellationToken)
            ?? throw new NotFoundException("No framework version with that id was found.");
        return new FrameworkVersionDto(version.Id, version.Number, version.Status.ToString(), version.Content, version.RowVersion);
    }

    private void EnsureStaff()
    {
        if (!user.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's team manages the audit framework.");
        }
    }
}
