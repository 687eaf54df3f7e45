using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Demo;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Subscriptions.Features.Onboarding;

/// <summary>
/// A new authority's catalogue: the built-in template (Lancashire's phase bands and its Bronze, Silver and Gold
/// packages with their entitlements, no prices), or a copy of another authority's bands, packages, prices and
/// subscription settings (VAT by school type included). Card payment keys, the VAT number, the address and invoice numbers are never copied.
/// </summary>
internal sealed class ProgrammeTemplate(TenantScopeFactory scopes) : INotificationHandler<AuthorityCreated>
{
    /// <summary>The VAT number and address are the authority's own; it enters them during setup.</summary>
    private static readonly PostalAddressDto NoAddress = new(null, null, null, null);

    public async Task Handle(AuthorityCreated notification, CancellationToken cancellationToken)
    {
        var (catalogue, settings) = notification.CopyFrom is { } source
            ? await ReadAsync(source, cancellationToken)
            : (DemoCatalogues.All[0] with
            {
                Packages = [.. DemoCatalogues.All[0].Packages.Select(p => p with { PricesPence = [] })],
                VatRegistrationNumber = string.Empty,
                Address = NoAddress,
            }, null);

        await using var scope = scopes.CreateScope(new TenantInfo(notification.TenantId, notification.Code, notification.Name, notification.ProgrammeName));
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var own = await SettingsStore.GetAsync(db, cancellationToken);
        if (settings is not null)
        {
            own.VatRatePercent = settings.VatRatePercent;
            own.VatForMaintained = settings.VatForMaintained;
            own.VatForAcademy = settings.VatForAcademy;
            own.VatForFreeSchool = settings.VatForFreeSchool;
            own.VatForIndependent = settings.VatForIndependent;
            own.YearStartMonth = settings.YearStartMonth;
            own.YearStartDay = settings.YearStartDay;
            own.PaymentTermsDays = settings.PaymentTermsDays;
            own.LapseGraceDays = settings.LapseGraceDays;
            await db.SaveChangesAsync(cancellationToken);
        }

        await DemoCatalogueWriter.EnsureAsync(db, catalogue, cancellationToken);
    }

    private async Task<(DemoCatalogue Catalogue, SubscriptionSettings? Settings)> ReadAsync(Guid source, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(new TenantInfo(source, "copy-source", string.Empty, string.Empty));
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var bands = await db.PhaseBands.AsNoTracking().OrderBy(b => b.DisplayOrder).ToListAsync(cancellationToken);
        var packages = await db.Packages.AsNoTracking().Where(p => !p.IsRetired).Include(p => p.Entitlements).Include(p => p.Prices)
            .OrderBy(p => p.DisplayOrder).ToListAsync(cancellationToken);
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var catalogue = new DemoCatalogue(
            "copy",
            [.. bands.Select(b => new DemoBand(b.Name, [.. b.Phases]))],
            [.. packages.Select(p => new DemoPackage(
                p.Name,
                p.Description,
                bands.All(b => p.Prices.Any(x => x.PhaseBandId == b.Id)) ? [.. bands.Select(b => p.Prices.First(x => x.PhaseBandId == b.Id).AmountPence)] : [],
                [.. p.Entitlements.Select(e => e.ToDto())]))],
            string.Empty,
            NoAddress);
        return (catalogue, settings);
    }
}
