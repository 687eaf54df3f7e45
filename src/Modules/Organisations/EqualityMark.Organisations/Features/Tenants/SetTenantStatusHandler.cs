using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Tenants;

internal sealed class SetTenantStatusHandler(OrganisationsDbContext db, ICurrentUser currentUser) : IRequestHandler<SetTenantStatusCommand, TenantDto>
{
    public async Task<TenantDto> Handle(SetTenantStatusCommand request, CancellationToken cancellationToken)
    {
        PlatformOperatorRule.Check(currentUser);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == request.TenantId, cancellationToken)
            ?? throw new NotFoundException("No local authority has that id.");
        tenant.Status = request.Status;
        await db.SaveChangesAsync(cancellationToken);
        return tenant.ToDto();
    }
}
