using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.People;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Organisations.Features.Tenants;

/// <summary>
/// A new authority and its first administrator in one transaction (both or neither), written in a scope fixed to
/// the new authority so its administrator's row passes row-level security. The invitation goes out after the
/// commit; then each module sets up its part of the programme (<see cref="AuthorityCreated"/>).
/// </summary>
internal sealed class CreateTenantHandler(OrganisationsDbContext db, ICurrentUser currentUser, TenantScopeFactory scopes, IMediator publisher, TimeProvider clock)
    : IRequestHandler<CreateTenantCommand, TenantDto>
{
    public async Task<TenantDto> Handle(CreateTenantCommand request, CancellationToken cancellationToken)
    {
        PlatformOperatorRule.Check(currentUser);
        if (await db.Tenants.AnyAsync(t => t.Code == request.Code, cancellationToken))
        {
            throw new ConflictException($"A local authority with the code '{request.Code}' already exists.");
        }

        if (request.CopyProgrammeFrom is { } source && !await db.Tenants.AnyAsync(t => t.Id == source, cancellationToken))
        {
            throw RequestValidationException.For(nameof(request.CopyProgrammeFrom), "Choose an authority to copy, or start from the built-in template");
        }

        var now = clock.GetUtcNow();
        var tenant = new Tenant
        {
            Code = request.Code,
            Name = request.Name.Trim(),
            ProgrammeName = request.ProgrammeName.Trim(),
            ContactEmail = request.ContactEmail.Trim(),
            CreatedAt = now,
            FirstAdministratorName = request.AdministratorName.Trim(),
            FirstAdministratorEmail = request.AdministratorEmail.Trim(),
            LiveAt = request.Live ? now : null,
        };

        await using var scope = scopes.CreateScope(new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName));
        var tenantDb = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        var invitations = scope.ServiceProvider.GetRequiredService<Invitations>();
        await using (var transaction = await tenantDb.Database.BeginTransactionAsync(cancellationToken))
        {
            tenantDb.Tenants.Add(tenant);
            await tenantDb.SaveChangesAsync(cancellationToken);
            var administrator = await invitations.CreateAsync(tenant.FirstAdministratorName, tenant.FirstAdministratorEmail, Roles.AuthorityAdmin, null, cancellationToken);
            tenant.FirstAdministratorId = administrator.Id;
            await tenantDb.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await invitations.SendAsync(administrator, cancellationToken);
        }

        await publisher.Publish(new AuthoritiesChanged(), cancellationToken);
        if (!request.StartEmpty)
        {
            await publisher.Publish(new AuthorityCreated(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName, request.CopyProgrammeFrom), cancellationToken);
        }

        return tenant.ToDto();
    }
}
