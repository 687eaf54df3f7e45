using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Subscriptions.Demo;

/// <summary>Gives each demo authority its catalogue if it has none yet; changes nothing that exists.</summary>
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

            await using var scope = scopes.CreateScope(new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName));
            await SeedCatalogueAsync(scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>(), catalogue, cancellationToken);
        }
    }

    private static async Task SeedCatalogueAsync(SubscriptionsDbContext db, DemoCatalogue catalogue, CancellationToken cancellationToken)
    {
        await SettingsStore.GetAsync(db, cancellationToken);
        if (await db.PhaseBands.AnyAsync(cancellationToken))
        {
            return;
        }

        var bands = catalogue.Bands.Select((b, i) => new PhaseBand { Name = b.Name, DisplayOrder = i + 1, Phases = [.. b.Phases] }).ToList();
        db.PhaseBands.AddRange(bands);
        foreach (var (demo, order) in catalogue.Packages.Select((p, i) => (p, i + 1)))
        {
            var package = new Package { Name = demo.Name, Description = demo.Description, DisplayOrder = order };
            package.Entitlements.AddRange(demo.Entitlements.Select(e => new PackageEntitlement
            {
                PackageId = package.Id, Kind = e.Kind, Quantity = e.Quantity, ChoiceGroup = e.ChoiceGroup,
            }));
            package.Prices.AddRange(bands.Select((band, i) => new PackagePrice { PackageId = package.Id, PhaseBandId = band.Id, AmountPence = demo.PricesPence[i] }));
            db.Packages.Add(package);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
