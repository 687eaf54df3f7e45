using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Subscriptions.Demo;

/// <summary>
/// Gives each demo authority its catalogue, a paid subscription for its first school and a sign-up to review,
/// each only if missing; changes nothing that exists.
/// </summary>
internal sealed class SubscriptionsDemoSeeder(TenantScopeFactory scopes) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<TenantDto> tenants;
        await using (var scope = scopes.CreateScope(null))
        {
            tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken);
        }

        foreach (var catalogue in DemoCatalogues.All)
        {
            var tenant = tenants.FirstOrDefault(t => t.Code == catalogue.TenantCode);
            if (tenant is null)
            {
                continue;
            }

            var info = new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName);
            await using (var scope = scopes.CreateScope(info))
            {
                await DemoCatalogueWriter.EnsureAsync(scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>(), catalogue, cancellationToken);
            }

            foreach (var subscription in DemoCatalogues.Subscriptions.Where(s => s.TenantCode == tenant.Code))
            {
                await SeedSubscriptionAsync(info, subscription, cancellationToken);
            }

            foreach (var signUp in DemoCatalogues.SignUps.Where(s => s.TenantCode == tenant.Code))
            {
                await SeedSignUpAsync(info, signUp, cancellationToken);
            }
        }
    }

    private async Task SeedSubscriptionAsync(TenantInfo tenant, DemoSubscription demo, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (await db.SignUps.AnyAsync(s => s.Urn == demo.Urn, cancellationToken) || await db.Subscriptions.AnyAsync(s => s.SchoolUrn == demo.Urn, cancellationToken))
        {
            return;
        }

        var school = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).FirstOrDefault(s => s.Urn == demo.Urn);
        var package = await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Name == demo.PackageName, cancellationToken);
        if (school is null || package is null)
        {
            return;
        }

        var signUp = await mediator.Send(new SubmitSignUpCommand(school.Name, school.Urn, school.Phase.ToString(), school.AddressLine1, school.Town, school.Postcode,
            demo.CoordinatorName, demo.CoordinatorEmail, package.Id, PaymentMethod.Invoice, "PO-DEMO-1", school.Type.ToString()), cancellationToken);
        var approved = await mediator.Send(new ApproveSignUpCommand(signUp.Id), cancellationToken);
        var invoice = (await mediator.Send(new ListInvoicesQuery(school.Id), cancellationToken)).First(i => i.SubscriptionId == approved.SubscriptionId);
        await mediator.Send(new MarkInvoicePaidCommand(invoice.Id), cancellationToken);
    }

    private async Task SeedSignUpAsync(TenantInfo tenant, DemoSignUp demo, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var package = await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Name == demo.PackageName, cancellationToken);
        if (package is null || await db.SignUps.AnyAsync(s => s.Urn == demo.Urn, cancellationToken))
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SubmitSignUpCommand(demo.SchoolName, demo.Urn, demo.Phase, "1 Demo Road", demo.Town, "BB7 9ZZ",
            demo.CoordinatorName, demo.CoordinatorEmail, package.Id, PaymentMethod.Invoice, "PO-DEMO-2"), cancellationToken);
    }
}
