using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Contracts;

internal sealed class HasPublishedFrameworkHandler(AuditDbContext db) : IRequestHandler<HasPublishedFrameworkQuery, bool>
{
    public Task<bool> Handle(HasPublishedFrameworkQuery request, CancellationToken cancellationToken) =>
        db.FrameworkVersions.AnyAsync(v => v.Status == FrameworkVersionStatus.Published, cancellationToken);
}
