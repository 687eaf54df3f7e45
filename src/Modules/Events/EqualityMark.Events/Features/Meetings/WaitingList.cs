using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>
/// The one place free places go to waiting groups (ADR 0009, 0019). In the order groups joined the list: a group that
/// fits whole gets its places; the first that does not is offered the places free now (a split offer) and the places
/// are held for it until the school answers; a group that declined waits whole and the next is considered. Callers
/// hold the meeting's row lock (<see cref="LockMeetingAsync"/>).
/// </summary>
internal sealed class WaitingList(EventsDbContext db, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links, TimeProvider clock)
{
    public async Task<NetworkMeeting> LockMeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FromSql($"SELECT * FROM events.network_meetings WHERE id = {meetingId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        return meeting ?? throw new NotFoundException("No meeting with that id was found.");
    }

    /// <summary>Whether places are held for an open split offer, so a new booking waits behind the group offered them.</summary>
    public Task<bool> HasOpenOfferAsync(Guid meetingId, CancellationToken cancellationToken) =>
        db.SplitOffers.AnyAsync(o => o.MeetingId == meetingId && o.Status == SplitOfferStatus.Open, cancellationToken);

    public async Task PromoteAsync(NetworkMeeting meeting, CancellationToken cancellationToken)
    {
        var bookings = await db.Bookings.Where(b => b.MeetingId == meeting.Id && b.Status != BookingStatus.Cancelled).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var offers = await db.SplitOffers.Where(o => o.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        foreach (var stale in offers.Where(o => o.Status == SplitOfferStatus.Open && !bookings.Any(b => b.GroupId == o.GroupId && b.Status == BookingStatus.Waitlisted)))
        {
            stale.Withdraw(clock.GetUtcNow()); // everyone it was made to has cancelled: the places are no longer held
        }

        foreach (var group in bookings.Where(b => b.Status == BookingStatus.Waitlisted).GroupBy(b => b.GroupId).ToList())
        {
            var booked = bookings.Where(b => b.Status == BookingStatus.Booked).ToList();
            if (PlaceRules.FreePlaces(meeting.Capacity, booked.Count) == 0)
            {
                break;
            }

            var first = group.First();
            var open = offers.FirstOrDefault(o => o.GroupId == group.Key && o.Status == SplitOfferStatus.Open);
            if (PlaceRules.Fits(meeting.Capacity, booked.Count, booked.Count(b => b.SchoolId == first.SchoolId), first.SchoolAllowance, group.Count()))
            {
                open?.Withdraw(clock.GetUtcNow());
                await GivePlacesAsync(meeting, group, cancellationToken);
                continue;
            }

            if (offers.Any(o => o.GroupId == group.Key && o.Status == SplitOfferStatus.Declined))
            {
                continue; // the school chose to wait for places for the whole group
            }

            if (open is null)
            {
                await OfferAsync(meeting, first, cancellationToken);
            }

            break; // the free places are held for the open offer
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves these waiting representatives to confirmed places and tells each of them.</summary>
    public async Task GivePlacesAsync(NetworkMeeting meeting, IEnumerable<MeetingBooking> waiting, CancellationToken cancellationToken)
    {
        foreach (var booking in waiting)
        {
            booking.Status = BookingStatus.Booked;
            booking.PromotedAt = clock.GetUtcNow();
            await outbox.QueueAsync(new EmailMessage(booking.AttendeeEmail, $"You have a place at {meeting.Title}",
                $"Dear {booking.AttendeeName},\n\nA place has come free and you have moved from the waiting list to a confirmed place at {meeting.Title}, {Times.Describe(meeting.StartsAt)}.", "WaitlistPromotion"), cancellationToken);
        }
    }

    private async Task OfferAsync(NetworkMeeting meeting, MeetingBooking first, CancellationToken cancellationToken)
    {
        var offer = new SplitOffer { MeetingId = meeting.Id, GroupId = first.GroupId, SchoolId = first.SchoolId, SchoolName = first.SchoolName, OfferedAt = clock.GetUtcNow() };
        db.SplitOffers.Add(offer);
        var link = links.For(tenant.Tenant!.Code, $"/meetings/offers/{offer.Id}");
        var coordinators = await mediator.Send(new GetSchoolCoordinatorsQuery(first.SchoolId), cancellationToken);
        foreach (var coordinator in coordinators)
        {
            await outbox.QueueAsync(new EmailMessage(coordinator.Email, $"Some places have come free at {meeting.Title}",
                $"Dear {coordinator.FullName},\n\nSome places have come free at {meeting.Title}, {Times.Describe(meeting.StartsAt)}, but not enough for all of {first.SchoolName}'s waiting representatives. You can take the places free now for some of them and keep the rest waiting, or keep waiting for places for everyone. We hold the places until you answer:\n{link}", "SplitOffer"), cancellationToken);
        }
    }
}
