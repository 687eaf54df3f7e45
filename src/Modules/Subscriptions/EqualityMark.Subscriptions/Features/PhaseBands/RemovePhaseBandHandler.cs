using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>
/// Removes a band and its prices when no subscription was priced by it. Under the band lock, a purchase pricing by the
/// band waits or is seen; the foreign key from subscriptions is the second wall.
/// </summary>
internal sealed class RemovePhaseBandHandler(SubscriptionsDbContext db, ICurrentUser currentUser) : IRequestHandler<RemovePhaseBandCommand, Unit>
{
    public async Task<Unit> Handle(RemovePhaseBandCommand request, CancellationToken cancellationToken)
    {
        PhaseBandAccess.RequireAdmin(currentUser);
        await PhaseBandLock.ExclusiveAsync(db, cancellationToken);
        var band = await db.PhaseBands.SingleOrDefaultAsync(b => b.Id == request.Id, cancellationToken) ?? throw new NotFoundException("There is no such phase band.");
        var subscriptions = await db.Subscriptions.CountAsync(s => s.PhaseBandId == band.Id, cancellationToken);
        if (subscriptions > 0)
        {
            throw new ConflictException(
                $"{band.Name} cannot be removed: {subscriptions} {(subscriptions == 1 ? "subscription was" : "subscriptions were")} priced by it. Rename it or move its phases to another band instead");
        }

        db.PhaseBands.Remove(band);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
