using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Catalogue;

internal sealed class AddPackageHandler(SubscriptionsDbContext db, ICurrentUser currentUser) : IRequestHandler<AddPackageCommand, PackageDto>
{
    public async Task<PackageDto> Handle(AddPackageCommand request, CancellationToken cancellationToken)
    {
        PackageRules.RequireAdmin(currentUser);
        var name = request.Name.Trim();
        if (await db.Packages.AnyAsync(p => p.Name == name, cancellationToken))
        {
            throw new ConflictException($"There is already a package called {name}.");
        }

        var package = new Package { Name = name, Description = request.Description.Trim(), DisplayOrder = request.DisplayOrder };
        package.Entitlements.AddRange(request.Entitlements.Select(e => new PackageEntitlement
        {
            PackageId = package.Id,
            Kind = e.Kind,
            Quantity = e.Quantity,
            ChoiceGroup = string.IsNullOrWhiteSpace(e.ChoiceGroup) ? null : e.ChoiceGroup.Trim(),
        }));
        db.Packages.Add(package);
        await db.SaveChangesAsync(cancellationToken);
        return await CatalogueReader.GetAsync(db, package.Id, cancellationToken);
    }
}
