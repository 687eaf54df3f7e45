using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>
/// The authority's administrators change or cancel a meeting. The meeting's row is locked and its version compared, so of
/// two people changing it at once the first wins and the second is told (409) with the meeting as it now is.
/// </summary>
internal sealed class MeetingChangesHandler(EventsDbContext db, EventsAccess access, WaitingList waitingList, MeetingChangeEmails emails, TimeProvider clock) :
    IRequestHandler<UpdateMeetingCommand, MeetingDto>,
    IRequestHandler<CancelMeetingCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(UpdateMeetingCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var meeting = await waitingList.LockMeetingAsync(request.MeetingId, cancellationToken);
        var people = await PeopleAsync(meeting, cancellationToken);
        EnsureNotCancelled(meeting);
        if (meeting.Version != request.ExpectedVersion)
        {
            throw new ConflictException(
                "Someone changed this meeting after you opened it, so your changes were not saved. The meeting as it is now is shown; make your changes again if they are still needed.",
                ToDto(meeting, people));
        }

        var booked = people.Count(b => b.Status == BookingStatus.Booked);
        if (request.Capacity < booked)
        {
            throw RequestValidationException.For(nameof(request.Capacity), $"{booked} places are booked: keep at least {booked} places, or cancel some places first");
        }

        var (starts, ends) = (request.StartsAt!.Value.ToUniversalTime(), request.EndsAt!.Value.ToUniversalTime());
        var (venue, online) = (request.Venue?.Trim() ?? string.Empty, request.OnlineLink?.Trim() ?? string.Empty);
        var moved = starts != meeting.StartsAt || ends != meeting.EndsAt || venue != meeting.Venue || online != meeting.OnlineLink;
        var morePlaces = request.Capacity > meeting.Capacity;
        meeting.Term = request.Term.Trim();
        meeting.Title = request.Title.Trim();
        meeting.Agenda = request.Agenda?.Trim() ?? string.Empty;
        (meeting.StartsAt, meeting.EndsAt, meeting.Venue, meeting.OnlineLink) = (starts, ends, venue, online);
        meeting.Capacity = request.Capacity!.Value;
        meeting.BookingDeadline = request.BookingDeadline!.Value.ToUniversalTime();
        meeting.Materials = request.Materials?.Trim() ?? string.Empty;
        meeting.Changed();
        await db.SaveChangesAsync(cancellationToken);
        if (morePlaces)
        {
            await waitingList.PromoteAsync(meeting, cancellationToken);
        }

        if (moved)
        {
            await emails.MovedAsync(meeting, people, cancellationToken);
        }

        return ToDto(meeting, await PeopleAsync(meeting, cancellationToken));
    }

    public async Task<MeetingDto> Handle(CancelMeetingCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var meeting = await waitingList.LockMeetingAsync(request.MeetingId, cancellationToken);
        EnsureNotCancelled(meeting);
        var people = await PeopleAsync(meeting, cancellationToken);
        var now = clock.GetUtcNow();
        meeting.Cancel(now);
        foreach (var offer in await db.SplitOffers.Where(o => o.MeetingId == meeting.Id && o.Status == SplitOfferStatus.Open).ToListAsync(cancellationToken))
        {
            offer.Withdraw(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await emails.CancelledAsync(meeting, people, cancellationToken);
        return ToDto(meeting, people);
    }

    private static void EnsureNotCancelled(NetworkMeeting meeting)
    {
        if (meeting.IsCancelled)
        {
            throw new ConflictException("This meeting has been cancelled, so it cannot be changed.");
        }
    }

    /// <summary>Everyone with a place or waiting for one.</summary>
    private Task<List<MeetingBooking>> PeopleAsync(NetworkMeeting meeting, CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking().Where(b => b.MeetingId == meeting.Id && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waitlisted))
            .OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);

    private static MeetingDto ToDto(NetworkMeeting meeting, List<MeetingBooking> people) =>
        MeetingMapping.ToDto(meeting, people.Count(b => b.Status == BookingStatus.Booked), people.Count(b => b.Status == BookingStatus.Waitlisted));
}
