using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Tenants;

internal sealed class CreateTenantHandler(OrganisationsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CreateTenantCommand, TenantDto>
{
    public async Task<TenantDto> Handle(CreateTenantCommand request, CancellationToken cancellationToken)
    {
        PlatformOperatorRule.Check(currentUser);
        if (await db.Tenants.AnyAsync(t => t.Code == request.Code, cancellationToken))
        {
            throw new ConflictException($"A local authority with the code '{request.Code}' already exists.");
        }

        var tenant = new Tenant
        {
            Code = request.Code,
            Name = request.Name.Trim(),
            ProgrammeName = request.ProgrammeName.Trim(),
            ContactEmail = request.ContactEmail.Trim(),
            Status = request.Status,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        return tenant.ToDto();
    }
}
