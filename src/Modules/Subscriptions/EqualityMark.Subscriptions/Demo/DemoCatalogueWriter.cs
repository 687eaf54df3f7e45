using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Demo;

/// <summary>
/// Writes a catalogue into the scope's authority if it has no phase bands yet, and its VAT number and address if it has
/// none; changes nothing that exists.
/// </summary>
internal static class DemoCatalogueWriter
{
    public static async Task EnsureAsync(SubscriptionsDbContext db, DemoCatalogue catalogue, CancellationToken cancellationToken)
    {
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        // A template has no VAT number or address of its own: the new authority enters its own.
        if (settings.VatRegistrationNumber is null && settings.AddressLine1 is null && catalogue.VatRegistrationNumber.Length > 0)
        {
            settings.VatRegistrationNumber = catalogue.VatRegistrationNumber;
            (settings.AddressLine1, settings.AddressLine2, settings.AddressTown, settings.AddressPostcode) =
                (catalogue.Address.Line1, catalogue.Address.Line2, catalogue.Address.Town, catalogue.Address.Postcode);
            await db.SaveChangesAsync(cancellationToken);
        }

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
            // A template's packages have no prices yet: the authority sets its own.
            package.Prices.AddRange(bands.Take(demo.PricesPence.Length)
                .Select((band, i) => new PackagePrice { PackageId = package.Id, PhaseBandId = band.Id, AmountPence = demo.PricesPence[i] }));
            db.Packages.Add(package);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
