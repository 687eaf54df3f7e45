using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>
/// Advisors' times for visits. An advisor adds, moves and removes their own; administrators may change anyone's. Changes
/// take the advisor's diary lock, so they never cross a visit being confirmed against the same times.
/// </summary>
internal sealed class AvailabilityHandler(EventsDbContext db, EventsAccess access, TimeProvider clock) :
    IRequestHandler<PublishAvailabilityCommand, AvailabilityDto>,
    IRequestHandler<UpdateAvailabilityCommand, AvailabilityDto>,
    IRequestHandler<RemoveAvailabilityCommand, Unit>,
    IRequestHandler<GetAvailabilityQuery, AvailabilityDto>,
    IRequestHandler<ListAvailabilityQuery, IReadOnlyList<AvailabilityDto>>
{
    public async Task<AvailabilityDto> Handle(PublishAvailabilityCommand request, CancellationToken cancellationToken)
    {
        if (access.User.Role != Roles.Advisor)
        {
            throw new ForbiddenException("Advisors publish their own availability.");
        }

        var slot = new AvailabilitySlot
        {
            AdvisorId = access.User.UserId!.Value,
            AdvisorName = access.User.FullName ?? "Advisor",
            StartsAt = request.StartsAt!.Value.ToUniversalTime(),
            EndsAt = request.EndsAt!.Value.ToUniversalTime(),
        };
        db.AvailabilitySlots.Add(slot);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(slot);
    }

    public async Task<AvailabilityDto> Handle(UpdateAvailabilityCommand request, CancellationToken cancellationToken)
    {
        var slot = await SlotForChangeAsync(request.SlotId, cancellationToken);
        slot.StartsAt = request.StartsAt!.Value.ToUniversalTime();
        slot.EndsAt = request.EndsAt!.Value.ToUniversalTime();
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(slot);
    }

    public async Task<Unit> Handle(RemoveAvailabilityCommand request, CancellationToken cancellationToken)
    {
        var slot = await SlotForChangeAsync(request.SlotId, cancellationToken);
        db.AvailabilitySlots.Remove(slot);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<AvailabilityDto> Handle(GetAvailabilityQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        return ToDto(await FindAsync(request.SlotId, cancellationToken));
    }

    public async Task<IReadOnlyList<AvailabilityDto>> Handle(ListAvailabilityQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var now = clock.GetUtcNow();
        return await db.AvailabilitySlots.AsNoTracking().Where(s => s.EndsAt > now).OrderBy(s => s.StartsAt).ThenBy(s => s.AdvisorName)
            .Select(s => new AvailabilityDto(s.Id, s.AdvisorId, s.AdvisorName, s.StartsAt, s.EndsAt)).ToListAsync(cancellationToken);
    }

    /// <summary>The slot, if the person may change it: its advisor or an administrator (others: 403; another authority's: not found).</summary>
    private async Task<AvailabilitySlot> SlotForChangeAsync(Guid slotId, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var slot = await FindAsync(slotId, cancellationToken);
        if (!AvailabilityRules.MayChange(access.User, slot.AdvisorId))
        {
            throw new ForbiddenException("Advisors change their own availability.");
        }

        await EventsLocks.AdvisorDiaryAsync(db, slot.AdvisorId, cancellationToken);
        return await FindAsync(slotId, cancellationToken);
    }

    private async Task<AvailabilitySlot> FindAsync(Guid slotId, CancellationToken cancellationToken) =>
        await db.AvailabilitySlots.SingleOrDefaultAsync(s => s.Id == slotId, cancellationToken)
        ?? throw new NotFoundException("No availability with that id was found.");

    private static AvailabilityDto ToDto(AvailabilitySlot s) => new(s.Id, s.AdvisorId, s.AdvisorName, s.StartsAt, s.EndsAt);
}
