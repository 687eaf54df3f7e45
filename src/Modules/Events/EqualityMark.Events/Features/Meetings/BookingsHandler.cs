using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>
/// Places at network meetings. Each school may have as many representatives as its package includes
/// (usually two) — more is refused; when the meeting is full, bookings within the allowance wait and are
/// promoted in order when places free up (<see cref="WaitingList"/>, which may offer a group part of what it needs).
/// The meeting row is locked while places are counted, so two bookings never take the last place twice.
/// </summary>
internal sealed class BookingsHandler(EventsDbContext db, EventsAccess access, SchoolPackage package, WaitingList waitingList, IMediator mediator, IEmailOutbox outbox, BookingEmails emails, TimeProvider clock) :
    IRequestHandler<BookPlacesCommand, IReadOnlyList<BookingDto>>,
    IRequestHandler<CancelBookingCommand, BookingDto>,
    IRequestHandler<TransferBookingCommand, BookingDto>,
    IRequestHandler<RecordAttendanceCommand, BookingDto>,
    IRequestHandler<MessageBookedCommand, int>
{
    public async Task<IReadOnlyList<BookingDto>> Handle(BookPlacesCommand request, CancellationToken cancellationToken)
    {
        var schoolId = access.OwnSchool;
        var meeting = await waitingList.LockMeetingAsync(request.MeetingId, cancellationToken);
        if (meeting.IsCancelled)
        {
            throw new ConflictException("This meeting has been cancelled, so places cannot be booked.");
        }

        if (clock.GetUtcNow() > meeting.BookingDeadline)
        {
            throw new ConflictException("Booking for this meeting has closed.");
        }

        var places = await package.MeetingPlacesAsync(schoolId, cancellationToken);
        if (places == 0)
        {
            throw new ConflictException("Your school's package does not include network meetings.");
        }

        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var booked = await db.Bookings.Where(b => b.MeetingId == meeting.Id && b.Status == BookingStatus.Booked).Select(b => b.SchoolId).ToListAsync(cancellationToken);
        var attendees = request.Attendees!;
        var schoolsOwn = await db.Bookings.CountAsync(
            b => b.MeetingId == meeting.Id && b.SchoolId == schoolId && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waitlisted), cancellationToken);
        if (!PlaceRules.WithinAllowance(schoolsOwn, places, attendees.Count))
        {
            // A waiting place beyond the school's allowance could never be promoted, so it is refused, not queued.
            throw RequestValidationException.For(nameof(request.Attendees), PlaceRules.AllowanceMessage(schoolsOwn, places));
        }

        // Places held for a school offered part of what its waiting group needs are not free to a newcomer.
        var fits = PlaceRules.Fits(meeting.Capacity, booked.Count, booked.Count(s => s == schoolId), places, attendees.Count)
            && !await waitingList.HasOpenOfferAsync(meeting.Id, cancellationToken);
        var (groupId, now) = (Guid.CreateVersion7(), clock.GetUtcNow());
        var bookings = attendees.Select(a => new MeetingBooking
        {
            MeetingId = meeting.Id,
            GroupId = groupId,
            SchoolId = schoolId,
            SchoolName = school.Name,
            AttendeeName = a.Name!.Trim(),
            AttendeeEmail = a.Email!.Trim(),
            SchoolAllowance = places,
            Status = fits ? BookingStatus.Booked : BookingStatus.Waitlisted,
            CreatedAt = now,
        }).ToList();
        db.Bookings.AddRange(bookings);
        await db.SaveChangesAsync(cancellationToken);
        await emails.BookedAsync(meeting, bookings, cancellationToken);
        return bookings.ConvertAll(MeetingMapping.ToDto);
    }

    public async Task<BookingDto> Handle(CancelBookingCommand request, CancellationToken cancellationToken)
    {
        var booking = await access.BookingAsync(request.BookingId, cancellationToken);
        access.EnsureMayChange(booking);
        var meeting = await waitingList.LockMeetingAsync(booking.MeetingId, cancellationToken);
        // Read again under the meeting's lock: of two cancellations at once, the second sees the first's.
        await db.Entry(booking).ReloadAsync(cancellationToken);
        if (booking.Status == BookingStatus.Cancelled)
        {
            throw new ConflictException("This booking is already cancelled.");
        }

        booking.Status = BookingStatus.Cancelled;
        await db.SaveChangesAsync(cancellationToken);
        // A booked place frees a place; a waiting one may shrink a group enough to fit, or end an offer made to it.
        await waitingList.PromoteAsync(meeting, cancellationToken);

        return MeetingMapping.ToDto(booking);
    }

    public async Task<BookingDto> Handle(TransferBookingCommand request, CancellationToken cancellationToken)
    {
        var booking = await access.BookingAsync(request.BookingId, cancellationToken);
        access.EnsureMayChange(booking);
        if (booking.Status == BookingStatus.Cancelled)
        {
            throw new ConflictException("A cancelled booking cannot be passed on.");
        }

        booking.AttendeeName = request.AttendeeName.Trim();
        booking.AttendeeEmail = request.AttendeeEmail.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return MeetingMapping.ToDto(booking);
    }

    public async Task<BookingDto> Handle(RecordAttendanceCommand request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var booking = await access.BookingAsync(request.BookingId, cancellationToken);
        if (booking.Status != BookingStatus.Booked)
        {
            throw new ConflictException("Attendance is taken for booked places only.");
        }

        booking.Attendance = request.Attendance;
        await db.SaveChangesAsync(cancellationToken);
        return MeetingMapping.ToDto(booking);
    }

    public async Task<int> Handle(MessageBookedCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException("No meeting with that id was found.");
        var recipients = await db.Bookings.AsNoTracking().Where(b => b.MeetingId == meeting.Id && b.Status == BookingStatus.Booked).ToListAsync(cancellationToken);
        foreach (var booking in recipients)
        {
            await outbox.QueueAsync(new EmailMessage(booking.AttendeeEmail, request.Subject.Trim(),
                $"Dear {booking.AttendeeName},\n\n{request.Body.Trim()}\n\n{meeting.Title}, {Times.Describe(meeting.StartsAt)}", "MeetingMessage"), cancellationToken);
        }

        return recipients.Count;
    }
}
