using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Contracts;

internal sealed class GetSuppressionThresholdHandler(AuditDbContext db) : IRequestHandler<GetSuppressionThresholdQuery, int>
{
    public async Task<int> Handle(GetSuppressionThresholdQuery request, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Select(s => (int?)s.SuppressionThreshold).FirstOrDefaultAsync(cancellationToken)
        ?? new AuditSettings().SuppressionThreshold;
}
