using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Tenants;

internal sealed class ListTenantsHandler(OrganisationsDbContext db) :
    IRequestHandler<ListTenantsQuery, IReadOnlyList<TenantDto>>,
    IRequestHandler<GetActiveTenantsQuery, IReadOnlyList<TenantDto>>
{
    public async Task<IReadOnlyList<TenantDto>> Handle(ListTenantsQuery request, CancellationToken cancellationToken) =>
        (await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).ConvertAll(t => t.ToDto());

    public async Task<IReadOnlyList<TenantDto>> Handle(GetActiveTenantsQuery request, CancellationToken cancellationToken) =>
        (await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).OrderBy(t => t.Code).ToListAsync(cancellationToken))
        .ConvertAll(t => t.ToDto());
}
