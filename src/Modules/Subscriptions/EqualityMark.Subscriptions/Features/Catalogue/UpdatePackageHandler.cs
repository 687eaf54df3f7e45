using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Catalogue;

internal sealed class UpdatePackageHandler(SubscriptionsDbContext db, ICurrentUser currentUser) : IRequestHandler<UpdatePackageCommand, PackageDto>
{
    public async Task<PackageDto> Handle(UpdatePackageCommand request, CancellationToken cancellationToken)
    {
        PackageRules.RequireAdmin(currentUser);
        var package = await db.Packages.SingleOrDefaultAsync(p => p.Id == request.PackageId, cancellationToken)
            ?? throw new NotFoundException("No package with that id was found.");
        var name = request.Name.Trim();
        if (await db.Packages.AnyAsync(p => p.Name == name && p.Id != package.Id, cancellationToken))
        {
            throw new ConflictException($"There is already a package called {name}.");
        }

        package.Name = name;
        package.Description = request.Description.Trim();
        package.DisplayOrder = request.DisplayOrder;
        package.IsRetired = request.IsRetired;
        await db.SaveChangesAsync(cancellationToken);
        return await CatalogueReader.GetAsync(db, package.Id, cancellationToken);
    }
}
