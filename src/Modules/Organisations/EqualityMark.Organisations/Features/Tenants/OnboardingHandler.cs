using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.People;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Organisations.Features.Tenants;

/// <summary>The platform's side of a new authority after creation: suspending, reactivating, resending the first invitation.</summary>
internal sealed class OnboardingHandler(OrganisationsDbContext db, ICurrentUser currentUser, TenantScopeFactory scopes, IMediator mediator) :
    IRequestHandler<SetTenantStatusCommand, TenantDto>,
    IRequestHandler<ResendAdministratorInvitationCommand, TenantDto>
{
    public async Task<TenantDto> Handle(SetTenantStatusCommand request, CancellationToken cancellationToken)
    {
        PlatformOperatorRule.Check(currentUser);
        var tenant = await FindAsync(request.TenantId, cancellationToken);
        tenant.Status = request.Status;
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new AuthoritiesChanged(), cancellationToken);
        return tenant.ToDto();
    }

    public async Task<TenantDto> Handle(ResendAdministratorInvitationCommand request, CancellationToken cancellationToken)
    {
        PlatformOperatorRule.Check(currentUser);
        var tenant = await FindAsync(request.TenantId, cancellationToken);
        if (tenant.FirstAdministratorId is not { } administratorId || tenant.State != TenantState.Invited)
        {
            throw new ConflictException($"{tenant.Name}'s administrator has already accepted, or the authority is suspended.");
        }

        await using var scope = scopes.CreateScope(new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var administrator = await users.FindByIdAsync(administratorId.ToString())
            ?? throw new NotFoundException("The authority's first administrator no longer exists.");
        await scope.ServiceProvider.GetRequiredService<Invitations>().ResendAsync(administrator, cancellationToken);
        return tenant.ToDto();
    }

    private async Task<Tenant> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Tenants.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException("No local authority has that id.");
}
