using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Catalogue;

/// <summary>Reads packages with their entitlements and prices, and shapes them for callers.</summary>
internal static class CatalogueReader
{
    public static IQueryable<Package> PackagesWithDetails(SubscriptionsDbContext db) =>
        db.Packages.Include(p => p.Entitlements).Include(p => p.Prices).AsSplitQuery();

    public static async Task<List<PhaseBand>> BandsAsync(SubscriptionsDbContext db, CancellationToken cancellationToken) =>
        await db.PhaseBands.AsNoTracking().OrderBy(b => b.DisplayOrder).ThenBy(b => b.Name).ToListAsync(cancellationToken);

    public static PackageDto ToDto(Package package, IReadOnlyList<PhaseBand> bands) => new(
        package.Id,
        package.Name,
        package.Description,
        package.DisplayOrder,
        package.IsRetired,
        package.Entitlements.OrderBy(e => e.Kind).Select(e => e.ToDto()).ToList(),
        bands.Select(b => package.Prices.FirstOrDefault(p => p.PhaseBandId == b.Id) is { } price
            ? new PackagePriceDto(b.Id, b.Name, price.AmountPence)
            : new PackagePriceDto(b.Id, b.Name, 0, IsSet: false)).ToList());

    public static async Task<PackageDto> GetAsync(SubscriptionsDbContext db, Guid packageId, CancellationToken cancellationToken)
    {
        var package = await PackagesWithDetails(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == packageId, cancellationToken)
            ?? throw new EqualityMark.Shared.Errors.NotFoundException("No package with that id was found.");
        return ToDto(package, await BandsAsync(db, cancellationToken));
    }
}
