using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Catalogue;

/// <summary>The catalogue is public: the programme page shows it to anyone on the authority's site.</summary>
internal sealed class CatalogueQueriesHandler(SubscriptionsDbContext db) :
    IRequestHandler<GetCatalogueQuery, CatalogueDto>,
    IRequestHandler<GetPackageQuery, PackageDto>
{
    public async Task<CatalogueDto> Handle(GetCatalogueQuery request, CancellationToken cancellationToken)
    {
        var bands = await CatalogueReader.BandsAsync(db, cancellationToken);
        var packages = await CatalogueReader.PackagesWithDetails(db).AsNoTracking()
            .Where(p => request.IncludeRetired || !p.IsRetired)
            .OrderBy(p => p.DisplayOrder).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new Domain.SubscriptionSettings();
        return new CatalogueDto(packages.ConvertAll(p => CatalogueReader.ToDto(p, bands)), bands.ConvertAll(b => b.ToDto()), settings.VatRatePercent,
            Enum.GetValues<SchoolType>().Where(t => settings.TreatmentFor(t) == VatTreatment.StandardRate).Select(t => t.ToString()).ToList());
    }

    public Task<PackageDto> Handle(GetPackageQuery request, CancellationToken cancellationToken) =>
        CatalogueReader.GetAsync(db, request.PackageId, cancellationToken);
}
