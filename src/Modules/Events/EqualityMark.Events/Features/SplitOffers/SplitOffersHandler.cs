using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Meetings;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.SplitOffers;

/// <summary>
/// Answers to split offers. Accepting and declining lock the meeting's row, then read the offer again, so of two
/// answers at once one wins and the other finds the offer closed (409).
/// </summary>
internal sealed class SplitOffersHandler(EventsDbContext db, EventsAccess access, WaitingList waitingList, TimeProvider clock) :
    IRequestHandler<GetSplitOfferQuery, SplitOfferDto>,
    IRequestHandler<AcceptSplitOfferCommand, SplitOfferDto>,
    IRequestHandler<DeclineSplitOfferCommand, SplitOfferDto>
{
    public async Task<SplitOfferDto> Handle(GetSplitOfferQuery request, CancellationToken cancellationToken) =>
        await ToDtoAsync(await OfferAsync(request.OfferId, cancellationToken), cancellationToken);

    public async Task<SplitOfferDto> Handle(AcceptSplitOfferCommand request, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(request.OfferId, cancellationToken);
        access.EnsureCoordinator();
        var meeting = await waitingList.LockMeetingAsync(offer.MeetingId, cancellationToken);
        await db.Entry(offer).ReloadAsync(cancellationToken);
        offer.EnsureOpen();

        var waiting = await db.Bookings.Where(b => b.GroupId == offer.GroupId && b.Status == BookingStatus.Waitlisted).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var chosen = request.BookingIds!.Distinct().ToList();
        if (chosen.Any(id => waiting.All(b => b.Id != id)))
        {
            throw RequestValidationException.For(nameof(request.BookingIds), "Choose from your representatives who are waiting");
        }

        var places = Math.Min(await FreePlacesAsync(meeting, cancellationToken), waiting.Count);
        if (chosen.Count != places)
        {
            throw RequestValidationException.For(nameof(request.BookingIds),
                $"{places} place{(places == 1 ? " is" : "s are")} free: choose {places} of your waiting representatives to take {(places == 1 ? "it" : "them")}");
        }

        await waitingList.GivePlacesAsync(meeting, waiting.Where(b => chosen.Contains(b.Id)), cancellationToken);
        offer.Accept(places, Who(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(offer, cancellationToken);
    }

    public async Task<SplitOfferDto> Handle(DeclineSplitOfferCommand request, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(request.OfferId, cancellationToken);
        if (!access.User.IsAuthorityStaff && access.User.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only your school's co-ordinator or the authority's team can answer this offer.");
        }

        var meeting = await waitingList.LockMeetingAsync(offer.MeetingId, cancellationToken);
        await db.Entry(offer).ReloadAsync(cancellationToken);
        offer.Decline(Who(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await waitingList.PromoteAsync(meeting, cancellationToken); // the held places go on down the list
        return await ToDtoAsync(offer, cancellationToken);
    }

    private async Task<SplitOffer> OfferAsync(Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await db.SplitOffers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        return offer is not null && access.User.CanSeeSchool(offer.SchoolId) ? offer : throw new NotFoundException("No offer with that id was found.");
    }

    private async Task<int> FreePlacesAsync(NetworkMeeting meeting, CancellationToken cancellationToken) =>
        PlaceRules.FreePlaces(meeting.Capacity, await db.Bookings.CountAsync(b => b.MeetingId == meeting.Id && b.Status == BookingStatus.Booked, cancellationToken));

    private string Who() => access.User.FullName ?? access.User.Email ?? "The authority";

    private async Task<SplitOfferDto> ToDtoAsync(SplitOffer offer, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == offer.MeetingId, cancellationToken);
        var group = await db.Bookings.AsNoTracking().Where(b => b.GroupId == offer.GroupId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var free = offer.Status == SplitOfferStatus.Open ? Math.Min(await FreePlacesAsync(meeting, cancellationToken), group.Count(b => b.Status == BookingStatus.Waitlisted)) : 0;
        return new SplitOfferDto(offer.Id, meeting.Id, meeting.Title, meeting.StartsAt, offer.SchoolId, offer.SchoolName, offer.Status, free, offer.PlacesTaken,
            group.ConvertAll(MeetingMapping.ToDto), offer.OfferedAt, offer.DecidedAt, offer.DecidedBy);
    }
}
