using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>Adds or changes a band under the authority's band lock; a change needs the version read (xmin), else 409 with theirs.</summary>
internal sealed class SavePhaseBandHandler(SubscriptionsDbContext db, ICurrentUser currentUser) :
    IRequestHandler<AddPhaseBandCommand, PhaseBandDetailsDto>,
    IRequestHandler<UpdatePhaseBandCommand, PhaseBandDetailsDto>
{
    public async Task<PhaseBandDetailsDto> Handle(AddPhaseBandCommand request, CancellationToken cancellationToken)
    {
        var bands = await LockedBandsAsync(cancellationToken);
        var band = new PhaseBand { Name = string.Empty, DisplayOrder = bands.Count == 0 ? 1 : bands.Max(b => b.DisplayOrder) + 1 };
        PhaseBandAssignment.Apply(band, bands, request.Name!.Trim(), PhaseBandFieldRules.Parse(request.Phases!));
        db.PhaseBands.Add(band);
        await db.SaveChangesAsync(cancellationToken);
        return PhaseBandReader.ToDto(band, inUse: false);
    }

    public async Task<PhaseBandDetailsDto> Handle(UpdatePhaseBandCommand request, CancellationToken cancellationToken)
    {
        var bands = await LockedBandsAsync(cancellationToken);
        var band = bands.SingleOrDefault(b => b.Id == request.Id) ?? throw new NotFoundException("There is no such phase band.");
        if (band.RowVersion != request.Version)
        {
            var theirs = await PhaseBandReader.OneAsync(db, band.Id, cancellationToken);
            var phases = string.Join(", ", band.Phases.Select(PhaseNames.Display));
            throw new ConflictException(
                $"Someone else changed this band while you were editing it: it is now {band.Name} ({phases}). Your changes are below: save again to replace theirs", theirs);
        }

        PhaseBandAssignment.Apply(band, [.. bands.Where(b => b.Id != band.Id)], request.Name!.Trim(), PhaseBandFieldRules.Parse(request.Phases!));
        await db.SaveChangesAsync(cancellationToken);
        return await PhaseBandReader.OneAsync(db, band.Id, cancellationToken);
    }

    private async Task<List<PhaseBand>> LockedBandsAsync(CancellationToken cancellationToken)
    {
        PhaseBandAccess.RequireAdmin(currentUser);
        await PhaseBandLock.ExclusiveAsync(db, cancellationToken);
        return await db.PhaseBands.ToListAsync(cancellationToken);
    }
}
