using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The visit record and the school's response, kept as an append-only trail; and advisors' availability.</summary>
internal sealed class VisitRecordsHandler(EventsDbContext db, EventsAccess access, IMediator mediator, VisitEmails emails, TimeProvider clock) :
    IRequestHandler<RecordVisitCommand, VisitDetailsDto>,
    IRequestHandler<RespondToVisitCommand, VisitDetailsDto>,
    IRequestHandler<PublishAvailabilityCommand, AvailabilityDto>,
    IRequestHandler<ListAvailabilityQuery, IReadOnlyList<AvailabilityDto>>
{
    public async Task<VisitDetailsDto> Handle(RecordVisitCommand request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var visit = await access.VisitForChangeAsync(request.VisitId, cancellationToken);
        if (visit.AdvisorId != access.User.UserId && !access.User.IsAuthorityAdmin)
        {
            throw new ForbiddenException("The visit record is written by the visit's advisor.");
        }

        // The visit's day in England, not in UTC: a record is written on the day of the visit or after it.
        if (visit.StartsAt is { } startsAt && UkTime.DateOf(startsAt) > UkTime.Today(clock))
        {
            throw RequestValidationException.For(nameof(request.Record), $"You can write the visit record on or after the day of the visit, {Times.Day(startsAt)}");
        }

        visit.Complete();
        Add(visit, "Record", request.Record);
        await db.SaveChangesAsync(cancellationToken);
        await emails.RecordWrittenAsync(visit, cancellationToken);
        return await VisitDetails.ForAsync(db, mediator, visit, cancellationToken);
    }

    public async Task<VisitDetailsDto> Handle(RespondToVisitCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinator();
        var visit = await access.VisitAsync(request.VisitId, cancellationToken);
        if (!await db.VisitRecordEntries.AnyAsync(e => e.VisitId == visit.Id && e.Kind == "Record", cancellationToken))
        {
            throw new ConflictException("The advisor has not written the visit record yet.");
        }

        Add(visit, request.Agree ? "Agreed" : "Comment", request.Agree ? (string.IsNullOrWhiteSpace(request.Comment) ? "The school agrees with the record." : request.Comment) : request.Comment!);
        await db.SaveChangesAsync(cancellationToken);
        return await VisitDetails.ForAsync(db, mediator, visit, cancellationToken);
    }

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
        return new AvailabilityDto(slot.Id, slot.AdvisorId, slot.AdvisorName, slot.StartsAt, slot.EndsAt);
    }

    public async Task<IReadOnlyList<AvailabilityDto>> Handle(ListAvailabilityQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var now = clock.GetUtcNow();
        return await db.AvailabilitySlots.AsNoTracking().Where(s => s.EndsAt > now).OrderBy(s => s.StartsAt)
            .Select(s => new AvailabilityDto(s.Id, s.AdvisorId, s.AdvisorName, s.StartsAt, s.EndsAt)).ToListAsync(cancellationToken);
    }

    private void Add(Visit visit, string kind, string text) =>
        db.VisitRecordEntries.Add(new VisitRecordEntry { VisitId = visit.Id, Kind = kind, Author = access.User.FullName ?? "Unknown", Text = text.Trim(), WrittenAt = clock.GetUtcNow() });
}
