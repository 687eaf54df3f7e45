using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Catalogue;

/// <summary>Changes catalogue prices only: subscriptions keep the price copied when they were bought.</summary>
internal sealed class SetPackagePricesHandler(SubscriptionsDbContext db, ICurrentUser currentUser) : IRequestHandler<SetPackagePricesCommand, PackageDto>
{
    public async Task<PackageDto> Handle(SetPackagePricesCommand request, CancellationToken cancellationToken)
    {
        PackageRules.RequireAdmin(currentUser);
        var package = await db.Packages.Include(p => p.Prices).SingleOrDefaultAsync(p => p.Id == request.PackageId, cancellationToken)
            ?? throw new NotFoundException("No package with that id was found.");
        var bandIds = await db.PhaseBands.Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var price in request.Prices)
        {
            if (!bandIds.Contains(price.PhaseBandId))
            {
                throw RequestValidationException.For("Prices", "Choose a phase band of this authority");
            }

            var existing = package.Prices.FirstOrDefault(p => p.PhaseBandId == price.PhaseBandId);
            if (existing is null)
            {
                db.PackagePrices.Add(new PackagePrice { PackageId = package.Id, PhaseBandId = price.PhaseBandId, AmountPence = price.AmountPence });
            }
            else
            {
                existing.AmountPence = price.AmountPence;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await CatalogueReader.GetAsync(db, package.Id, cancellationToken);
    }
}
