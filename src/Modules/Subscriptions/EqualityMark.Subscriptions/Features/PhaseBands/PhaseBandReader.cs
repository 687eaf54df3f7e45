using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>Bands as administrators edit them, each with whether a subscription was priced by it.</summary>
internal static class PhaseBandReader
{
    public static async Task<PhaseBandsDto> AllAsync(SubscriptionsDbContext db, CancellationToken cancellationToken)
    {
        var bands = await db.PhaseBands.AsNoTracking().OrderBy(b => b.DisplayOrder).ThenBy(b => b.Name).ToListAsync(cancellationToken);
        var inUse = await db.Subscriptions.Where(s => s.PhaseBandId != null).Select(s => s.PhaseBandId!.Value).Distinct().ToListAsync(cancellationToken);
        return new PhaseBandsDto([.. bands.Select(b => ToDto(b, inUse.Contains(b.Id)))], PhaseCoverage.Uncovered(bands));
    }

    public static async Task<PhaseBandDetailsDto> OneAsync(SubscriptionsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var band = await db.PhaseBands.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new Shared.Errors.NotFoundException("There is no such phase band.");
        return ToDto(band, await db.Subscriptions.AnyAsync(s => s.PhaseBandId == id, cancellationToken));
    }

    public static PhaseBandDetailsDto ToDto(PhaseBand band, bool inUse) => new(band.Id, band.Name, band.Phases.ConvertAll(p => p.ToString()), band.RowVersion, inUse);
}
