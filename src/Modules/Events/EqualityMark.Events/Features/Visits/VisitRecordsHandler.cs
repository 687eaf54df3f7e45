using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The visit record and the school's response, kept as an append-only trail.</summary>
internal sealed class VisitRecordsHandler(EventsDbContext db, EventsAccess access, IMediator mediator, VisitEmails emails, TimeProvider clock) :
    IRequestHandler<RecordVisitCommand, VisitDetailsDto>,
    IRequestHandler<RespondToVisitCommand, VisitDetailsDto>
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

    private void Add(Visit visit, string kind, string text) =>
        db.VisitRecordEntries.Add(new VisitRecordEntry { VisitId = visit.Id, Kind = kind, Author = access.User.FullName ?? "Unknown", Text = text.Trim(), WrittenAt = clock.GetUtcNow() });
}
