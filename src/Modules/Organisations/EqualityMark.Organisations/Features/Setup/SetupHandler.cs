using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Setup;

/// <summary>
/// First-run setup and going live. Going live needs the programme's identity, a published framework and packages
/// priced for every phase band; until then the public pages say the programme is being set up.
/// </summary>
internal sealed class SetupHandler(OrganisationsDbContext db, ICurrentUser user, ITenantContext tenant, IMediator mediator, TimeProvider clock) :
    IRequestHandler<GetSetupQuery, SetupDto>,
    IRequestHandler<SaveIdentityCommand, ProgrammeStatusDto>,
    IRequestHandler<GoLiveCommand, TenantDto>,
    IRequestHandler<GetProgrammeStatusQuery, ProgrammeStatusDto>,
    IRequestHandler<GetProgrammeLogoQuery, ProgrammeLogoDto?>
{
    public async Task<SetupDto> Handle(GetSetupQuery request, CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        var current = await CurrentAsync(cancellationToken);
        var identity = await db.ProgrammeIdentities.AsNoTracking().AnyAsync(cancellationToken);
        var framework = await mediator.Send(new HasPublishedFrameworkQuery(), cancellationToken);
        var catalogue = await mediator.Send(new GetCatalogueReadinessQuery(), cancellationToken);
        return new SetupDto(current.ToDto(), await StatusAsync(current, cancellationToken), identity, framework,
            catalogue.PhaseBands, catalogue.Packages, catalogue.PackagesPricedForEveryBand, catalogue.InvoiceDetailsSet, catalogue.UncoveredPhases, catalogue.CardPaymentsReady,
            await mediator.Send(new GetEmailSenderQuery(), cancellationToken));
    }

    public async Task<ProgrammeStatusDto> Handle(SaveIdentityCommand request, CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        var current = await CurrentAsync(cancellationToken);
        current.ProgrammeName = request.ProgrammeName.Trim();
        current.ContactEmail = request.ContactEmail.Trim();
        var identity = await db.ProgrammeIdentities.SingleOrDefaultAsync(cancellationToken);
        if (identity is null)
        {
            identity = new ProgrammeIdentity { Description = string.Empty, ContactPhone = string.Empty, BrandColour = string.Empty };
            db.ProgrammeIdentities.Add(identity);
        }

        identity.Description = request.Description.Trim();
        identity.ContactPhone = request.ContactPhone.Trim();
        identity.BrandColour = request.BrandColour.ToLowerInvariant();
        identity.UpdatedAt = clock.GetUtcNow();
        if (request.Logo is { } logo)
        {
            identity.Logo = logo;
            identity.LogoContentType = SaveIdentityValidator.ContentTypeOf(logo);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await StatusAsync(current, cancellationToken);
    }

    public async Task<TenantDto> Handle(GoLiveCommand request, CancellationToken cancellationToken)
    {
        var setup = await Handle(new GetSetupQuery(), cancellationToken);
        if (setup.Tenant.State == TenantState.Live)
        {
            throw new ConflictException("The programme is already open to schools.");
        }

        if (!setup.ReadyToGoLive)
        {
            throw new ConflictException("Finish the programme's identity, framework, phase bands covering every school phase, packages with prices, and the VAT number and address for invoices before opening to schools.");
        }

        // One winner: only the update that finds the authority not yet live opens it.
        var opened = await db.Tenants.Where(t => t.Id == setup.Tenant.Id && t.LiveAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.LiveAt, clock.GetUtcNow()), cancellationToken);
        if (opened == 0)
        {
            throw new ConflictException("The programme is already open to schools.");
        }

        return (await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == setup.Tenant.Id, cancellationToken)).ToDto();
    }

    public async Task<ProgrammeStatusDto> Handle(GetProgrammeStatusQuery request, CancellationToken cancellationToken) =>
        await StatusAsync(await CurrentAsync(cancellationToken), cancellationToken);

    public async Task<ProgrammeLogoDto?> Handle(GetProgrammeLogoQuery request, CancellationToken cancellationToken) =>
        await db.ProgrammeIdentities.AsNoTracking().Where(i => i.Logo != null)
            .Select(i => new ProgrammeLogoDto(i.Logo!, i.LogoContentType!)).SingleOrDefaultAsync(cancellationToken);

    private async Task<ProgrammeStatusDto> StatusAsync(Tenant current, CancellationToken cancellationToken)
    {
        var identity = await db.ProgrammeIdentities.AsNoTracking()
            .Select(i => new { i.Description, i.ContactPhone, i.BrandColour, HasLogo = i.Logo != null }).SingleOrDefaultAsync(cancellationToken);
        return new ProgrammeStatusDto(current.State == TenantState.Live, current.ProgrammeName, current.ContactEmail,
            identity?.Description, identity?.ContactPhone, identity?.BrandColour, identity?.HasLogo ?? false);
    }

    private async Task<Tenant> CurrentAsync(CancellationToken cancellationToken) =>
        await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenant.TenantId, cancellationToken)
        ?? throw new NotFoundException("This site has no local authority.");

    private void EnsureAdministrator()
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators set up the programme.");
        }
    }
}
